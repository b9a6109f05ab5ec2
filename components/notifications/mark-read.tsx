"use client";
import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/workspace/use-form-action";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";

export function MarkRead({ id, what }: { id: string; what: string }) {
  const t = useTranslations("notifications");
  const { state, formAction, onSubmit, pending } = useFormAction(markNotificationReadAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="inline">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} aria-label={t("markReadLabel", { what })} className="rounded border-2 border-brand-900 bg-white px-3 py-1 text-sm font-semibold text-brand-900 hover:bg-brand-50">
        {t("markRead")}
      </button>
      <span aria-live="polite" className="ml-2 text-sm">{state && !state.ok ? t("failed") : ""}</span>
    </form>
  );
}

export function MarkAllRead() {
  const t = useTranslations("notifications");
  const { state, formAction, onSubmit, pending } = useFormAction(markAllNotificationsReadAction);
  return (
    <form action={formAction} onSubmit={onSubmit}>
      <button type="submit" disabled={pending} className="rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        {t("markAllRead")}
      </button>
      <span aria-live="polite" className="ml-2">{state?.ok ? t("allRead") : state && !state.ok ? t("failed") : ""}</span>
    </form>
  );
}
