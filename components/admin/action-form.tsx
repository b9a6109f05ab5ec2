"use client";
import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-link";
import type { ActionState } from "@/lib/actions/state";
import { FormStatus } from "./form-status";
import { OneTimeSecret } from "./one-time-secret";
import { dangerButtonClass } from "./styles";

type Confirm = { prompt: string; yes: string; cancel: string };
type Secret = { label: string; note: string; field: string };

type Props<T> = {
  action: (prev: ActionState<T>, form: FormData) => Promise<ActionState<T>>;
  /** Hidden inputs: the record id and the version the admin saw. */
  hidden?: Record<string, string | number>;
  submitLabel: string;
  success?: string;
  /** A confirmation step before a consequential change (deactivate, revoke, reset). */
  confirm?: Confirm;
  /** Shows a value of the result once (a new password). */
  secret?: Secret;
  danger?: boolean;
  /** Accessible name of the form (several forms share a page). */
  label: string;
  /** Inside a table row or list item: no top margins. */
  compact?: boolean;
  children?: ReactNode;
};

/** A small admin form around one server action: status region, pending state, optional confirmation step. */
export function ActionForm<T>({ action, hidden = {}, submitLabel, success, confirm, secret, danger, label, compact, children }: Props<T>) {
  const t = useTranslations("admin.form");
  const [state, formAction, pending] = useActionState(action, null);
  // The confirmation shows while no newer result has arrived since the admin asked for it.
  const [askedAt, setAskedAt] = useState<ActionState<T> | "none">("none");
  const asking = confirm !== undefined && askedAt === state;
  const yesRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yesRef.current?.focus();
  }, [asking]);

  const data = state?.ok ? (state.data as Record<string, unknown> | undefined) : undefined;
  const secretValue = secret && typeof data?.[secret.field] === "string" ? (data[secret.field] as string) : null;
  const submitClass = `${danger ? dangerButtonClass : buttonClass("secondary")} ${compact ? "" : "mt-3"}`;

  return (
    <form action={formAction} aria-label={label} className={compact ? "" : "mt-3"}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} success={success} />
      {secretValue && secret ? <OneTimeSecret label={secret.label} value={secretValue} note={secret.note} /> : null}
      {children}
      {confirm && !asking ? (
        <button type="button" className={submitClass} onClick={() => setAskedAt(state)}>
          {submitLabel}
        </button>
      ) : null}
      {confirm && asking ? (
        <div className="mt-3 rounded border-2 border-red-700 bg-red-50 p-4">
          <p className="font-semibold">{confirm.prompt}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button ref={yesRef} type="submit" name="confirm" value="yes" disabled={pending} className={dangerButtonClass}>
              {pending ? t("pending") : confirm.yes}
            </button>
            <button type="button" className={buttonClass("secondary")} onClick={() => setAskedAt("none")}>
              {confirm.cancel}
            </button>
          </div>
        </div>
      ) : null}
      {!confirm ? (
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? t("pending") : submitLabel}
        </button>
      ) : null}
    </form>
  );
}
