"use client";
import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { dangerButtonClass, labelClass } from "@/components/admin/styles";
import { buttonClass } from "@/components/ui/button-link";
import { REMINDER_TARGETS, type ReminderTarget } from "@/lib/survey-admin/schemas";
import { sendReminders } from "@/lib/survey-admin/reminder-actions";

/** Reminders to the open round's non-responders: choose whom, confirm with the count, see where they went. */
export function ReminderForm({ roundId, counts }: { roundId: string; counts: Record<ReminderTarget, number> }) {
  const t = useTranslations("surveyAdmin.reminders");
  const [state, action, pending] = useActionState(sendReminders, null);
  const [target, setTarget] = useState<ReminderTarget>("all");
  // The confirmation shows while no newer result has arrived since the admin asked for it.
  const [askedAt, setAskedAt] = useState<unknown>("none");
  const asking = askedAt === state;
  const setAsking = (on: boolean) => setAskedAt(on ? state : "none");
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  const sent = state?.ok ? state.data : undefined;
  return (
    <form action={action} aria-label={t("title")} className="max-w-2xl">
      <input type="hidden" name="roundId" value={roundId} />
      <FormStatus state={state} />
      {sent ? (
        <div role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 px-3 py-2">
          <p className="font-semibold">{t(sent.delivery === "smtp" ? "sentSmtp" : "sentOutbox", { municipalities: sent.municipalities, messages: sent.messages })}</p>
          {sent.withoutContact.length ? <p className="mt-1">{t("withoutContact", { count: sent.withoutContact.length, names: sent.withoutContact.slice(0, 10).join(", ") })}</p> : null}
          <Link href="/beheer/outbox" className="mt-1 inline-block">{t("toOutbox")}</Link>
        </div>
      ) : null}
      <fieldset>
        <legend className={labelClass}>{t("target")}</legend>
        <div className="mt-2 space-y-2">
          {REMINDER_TARGETS.map((k) => (
            <label key={k} className="flex items-center gap-2">
              <input type="radio" name="target" value={k} checked={target === k} onChange={() => setTarget(k)} className="size-4" />
              {t(`targets.${k}`, { count: counts[k] })}
            </label>
          ))}
        </div>
      </fieldset>
      {!asking ? (
        <button type="button" className={`${buttonClass("primary")} mt-4`} onClick={() => setAsking(true)} disabled={counts[target] === 0}>
          {t("send")}
        </button>
      ) : (
        <div className="mt-4 rounded border-2 border-red-700 bg-red-50 p-4">
          <p className="font-semibold">{t("confirm", { count: counts[target] })}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button ref={yes} type="submit" name="confirm" value="yes" disabled={pending} className={dangerButtonClass}>
              {pending ? t("sending") : t("yes")}
            </button>
            <button type="button" className={buttonClass("secondary")} onClick={() => setAsking(false)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
