import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { tableClass } from "@/components/admin/styles";
import { StatusBadge } from "@/components/survey-admin/status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { orNotFound, requireAdminViewer } from "@/lib/survey-admin/not-found";
import { getReminderHistory } from "@/lib/survey-admin/tracking-queries";


type Props = { params: Promise<{ year: string; code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveyAdmin.history"))("metaTitle") };
}

export default async function ReminderHistoryPage({ params }: Props) {
  const { year, code } = await params;
  if (!/^\d{4}$/.test(year) || !/^GM\d{4}$/.test(code)) notFound();
  const viewer = await requireAdminViewer(`/beheer/vragenlijsten/${year}/respons/${code}`, "survey-admin");
  const history = await orNotFound(getReminderHistory(viewer, code));
  const t = await getTranslations("surveyAdmin.history");
  const ts = await getTranslations("surveyAdmin.responseStatus");
  const tm = await getTranslations("mail.outbox.status");
  const locale = (await getLocale()) as AppLocale;
  return (
    <>
      <PageHeader title={t("title", { name: history.municipality.name })} lead={t("lead")} />
      <p className="mb-6"><Link href={`/beheer/vragenlijsten/${year}/respons`}>{t("back", { year })}</Link></p>
      {history.reminders.length === 0 ? (
        <EmptyState text={t("empty")} />
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <caption className="sr-only">{t("title", { name: history.municipality.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("sentAt")}</th>
                <th scope="col">{t("round")}</th>
                <th scope="col">{t("statusThen")}</th>
                <th scope="col">{t("recipients")}</th>
              </tr>
            </thead>
            <tbody>
              {history.reminders.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="font-normal">{formatDate(r.createdAt, locale)}</th>
                  <td>{r.year}</td>
                  <td><StatusBadge status={r.responseStatus} label={ts(r.responseStatus as "DRAFT")} /></td>
                  <td>
                    {r.messages.length === 0 ? <strong className="text-red-800">{t("noRecipients")}</strong> : (
                      <ul>
                        {r.messages.map((m, i) => (
                          <li key={i} className="flex flex-wrap items-center gap-2">
                            <span className="break-all">{m.toAddress}</span>
                            <StatusBadge status={m.status} label={tm(m.status as "SENT")} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
