import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { tableClass } from "@/components/admin/styles";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { TrackingRowDTO } from "@/lib/survey-admin/tracking-queries";
import { StatusBadge } from "./status-badge";

/** Status per municipality with contacts and reminders; the name links to its reminder history. */
export async function TrackingTable({ year, items, caption }: { year: number; items: TrackingRowDTO[]; caption: string }) {
  const t = await getTranslations("surveyAdmin.tracking");
  const ts = await getTranslations("surveyAdmin.responseStatus");
  const locale = (await getLocale()) as AppLocale;
  const date = (iso: string | null) => (iso ? formatDate(iso, locale, "short") : <span className="text-muted">–</span>);
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("municipality")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("submittedAt")}</th>
            <th scope="col">{t("lastActivity")}</th>
            <th scope="col" className="text-right">{t("contacts")}</th>
            <th scope="col">{t("reminders")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.code}>
              <th scope="row" className="font-medium">
                <Link href={`/beheer/vragenlijsten/${year}/respons/${r.code}`}>{r.name}</Link>
                <span className="block text-xs font-normal text-muted">{r.code}</span>
              </th>
              <td><StatusBadge status={r.status} label={ts(r.status)} /></td>
              <td>{date(r.submittedAt)}</td>
              <td>{date(r.lastActivity)}</td>
              <td className="text-right tabular-nums">{r.contacts === 0 ? <strong className="text-red-800">{t("noContacts")}</strong> : r.contacts}</td>
              <td>{r.reminders === 0 ? <span className="text-muted">–</span> : t("reminderCount", { count: r.reminders, last: r.lastReminderAt ? formatDate(r.lastReminderAt, locale, "short") : "–" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
