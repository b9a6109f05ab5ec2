"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/state";
import { messageText } from "./messages";

// runAction's generic keys, answered from this namespace so the workspace does not depend on others' catalogs.
const GENERIC: Record<string, string> = {
  "errors.invalid": "workspace.form.invalid",
  "errors.notFound": "workspace.form.notFound",
  "errors.signedOut": "workspace.form.signedOut",
  "errors.unexpected": "workspace.form.unexpected",
  "errors.forbiddenOrigin": "workspace.form.unexpected",
};

/**
 * The outcome of a save, announced to screen readers (role=alert for problems, status for success).
 * A conflict says what happened and that the user's input is still in the form.
 */
export function FormStatus<T>({
  state,
  success,
  id,
  links,
}: {
  state: ActionState<T>;
  success?: string;
  id?: string;
  /** Links to the fields with errors (long forms): where to go next. */
  links?: { href: string; label: string }[];
}) {
  const t = useTranslations();
  if (!state) return <div id={id} aria-live="polite" />;
  if (state.ok) {
    return (
      <div id={id} role="status" className="rounded border-l-4 border-green-700 bg-green-50 px-4 py-3 font-semibold text-green-900">
        {success ?? t("workspace.form.saved")}
      </div>
    );
  }
  const count = Object.keys(state.fieldErrors ?? {}).length;
  return (
    <div id={id} role="alert" className="rounded border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-900">
      <p className="font-semibold">
        {state.conflict ? t("workspace.form.conflictTitle") : messageText(t, GENERIC[state.formError ?? ""] ?? state.formError, "workspace.form.unexpected")}
      </p>
      {state.conflict ? <p className="mt-1">{t("workspace.form.conflictText")}</p> : null}
      {count > 0 ? <p className="mt-1">{t("workspace.form.checkFields", { count })}</p> : null}
      {links?.length ? (
        <ul className="mt-1 list-disc pl-5">
          {links.map((l) => (
            <li key={l.href}>
              <a href={l.href} className="text-red-900">{l.label}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
