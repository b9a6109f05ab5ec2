"use client";
import { signIn } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-link";
import { inputClass, labelClass } from "@/components/admin/styles";
import { homePath, type Role } from "@/lib/auth/permissions";
import { minutesUntil, parseSignInError, type SignInError } from "@/lib/auth/sign-in-errors";

type Props = {
  /** A safe same-site path (checked on the server) or null: then /login sends the user to their home. */
  callbackPath: string | null;
  initialError: string | null;
  oidc: { id: string; name: string } | null;
};

/** E-mail and password. Every failure reads the same ("incorrect"), except the lockout, which says when to retry. */
export function LoginForm({ callbackPath, initialError, oidc }: Props) {
  const t = useTranslations("auth.login");
  const [error, setError] = useState<SignInError | null>(parseSignInError(initialError));
  const [pending, setPending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);

  /** Where to go once signed in: the requested page, else the role's home (asked of /api/v1/me, so the next
   *  page is the destination itself rather than a redirect streamed inside another page). */
  async function destination(): Promise<string> {
    if (callbackPath) return callbackPath;
    try {
      const me = (await (await fetch("/api/v1/me", { cache: "no-store" })).json()) as { role: Role; municipalityCode: string | null };
      return homePath(me.role, me.municipalityCode);
    } catch {
      return "/login"; // the login page sends a signed-in user on to their home
    }
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    try {
      const res = await signIn("credentials", { redirect: false, email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") });
      if (res?.ok && !res.error) {
        // A full navigation, so every server component renders with the new session.
        window.location.assign(await destination());
        return;
      }
      setError(parseSignInError(res?.error ?? "generic"));
    } catch {
      setError({ kind: "generic" });
    }
    setPending(false);
  }

  const message = (() => {
    switch (error?.kind) {
      case undefined:
        return null;
      case "invalid":
        return t("errors.invalid");
      case "locked":
        return t("errors.locked", { minutes: minutesUntil(error.until, new Date()), until: error.until });
      case "accessDenied":
        return t("errors.accessDenied");
      case "sessionEnded":
        return t("errors.sessionEnded");
      default:
        return t("errors.generic");
    }
  })();
  const invalid = error?.kind === "invalid";

  return (
    <div className="space-y-6">
      <div id="login-status" aria-live="assertive" aria-atomic="true">
        {message ? (
          <p className="rounded border-l-4 border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-800" data-testid="login-error">
            {message}
          </p>
        ) : null}
      </div>
      <form onSubmit={onSubmit} noValidate className="space-y-5" aria-labelledby="login-title">
        <div>
          <label htmlFor="email" className={labelClass}>{t("email")}</label>
          <input ref={emailRef} id="email" name="email" type="email" required autoComplete="username" autoCapitalize="none" spellCheck={false} className={inputClass} aria-invalid={invalid || undefined} aria-describedby={message ? "login-status" : undefined} />
        </div>
        <div>
          <label htmlFor="password" className={labelClass}>{t("password")}</label>
          <input id="password" name="password" type="password" required autoComplete="current-password" className={inputClass} aria-invalid={invalid || undefined} aria-describedby={message ? "login-status" : undefined} />
        </div>
        <button type="submit" disabled={pending} className={`${buttonClass("primary")} w-full`}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </form>
      {oidc ? (
        <div className="border-t border-line pt-6">
          <p className="mb-3 text-sm text-muted">{t("federatedIntro")}</p>
          <button type="button" className={`${buttonClass("secondary")} w-full`} onClick={() => signIn(oidc.id, { callbackUrl: callbackPath ?? "/login" })}>
            {t("federated", { name: oidc.name })}
          </button>
        </div>
      ) : null}
    </div>
  );
}
