"use client";
import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/workspace/use-form-action";
import { setFollowUpDoneAction } from "@/lib/advice/actions";

/** Mark a follow-up done or open again; the outcome is announced next to the button. */
export function FollowUpToggle({ code, id, done, label }: { code: string; id: string; done: boolean; label: string }) {
  const t = useTranslations("advice.log");
  const { state, formAction, onSubmit, pending } = useFormAction(setFollowUpDoneAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="inline">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="done" value={done ? "false" : "true"} />
      <button type="submit" disabled={pending} aria-label={done ? t("reopenLabel", { what: label }) : t("doneLabel", { what: label })}
        className="rounded border-2 border-brand-900 bg-white px-3 py-1 text-sm font-semibold text-brand-900 hover:bg-brand-50">
        {done ? t("reopen") : t("markDone")}
      </button>
      <span aria-live="polite" className="ml-2 text-sm">
        {state && !state.ok ? <span role="alert" className="text-red-800">{t("toggleFailed")}</span> : null}
      </span>
    </form>
  );
}
