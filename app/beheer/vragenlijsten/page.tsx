import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { tableClass } from "@/components/admin/styles";
import { CreateRoundForm } from "@/components/survey-admin/create-round-form";
import { StatusBadge } from "@/components/survey-admin/status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { requireAdminViewer } from "@/lib/survey-admin/not-found";
import { listRounds } from "@/lib/survey-admin/queries";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveyAdmin.rounds"))("title") };
}

export default async function RoundsPage() {
  const viewer = await requireAdminViewer("/beheer/vragenlijsten", "survey-admin");
  const [rounds, t, ts, locale] = await Promise.all([listRounds(viewer), getTranslations("surveyAdmin.rounds"), getTranslations("surveyAdmin.status"), getLocale()]);
  const date = (d: string) => formatDate(d, locale as AppLocale, "short");
  const nextYear = Math.max(new Date().getFullYear(), ...rounds.map((r) => r.year + 1));
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href="/beheer/vragenbank">{t("toBank")}</Link>
          <Link href="/beheer/import">{t("toImport")}</Link>
          <Link href="/beheer/outbox">{t("toOutbox")}</Link>
        </p>
      </PageHeader>
      <section aria-labelledby="rounds-heading">
        <h2 id="rounds-heading" className="mb-4 text-xl font-semibold">{t("listTitle")}</h2>
        {rounds.length === 0 ? (
          <EmptyState text={t("empty")} />
        ) : (
          <div className="overflow-x-auto">
            <table className={tableClass}>
              <caption className="sr-only">{t("listTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("year")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("period")}</th>
                  <th scope="col" className="text-right">{t("questionCount")}</th>
                  <th scope="col" className="text-right">{t("respondents")}</th>
                </tr>
              </thead>
              <tbody>
                {rounds.map((r) => (
                  <tr key={r.id}>
                    <th scope="row"><Link href={`/beheer/vragenlijsten/${r.year}`}>{t("roundName", { year: String(r.year) })}</Link></th>
                    <td><StatusBadge status={r.status} label={ts(r.status)} /></td>
                    <td>{date(r.opensAt)} – {date(r.closesAt)}</td>
                    <td className="text-right tabular-nums">{r.questionCount}</td>
                    <td className="text-right tabular-nums">
                      {r.status === "DRAFT" ? "–" : <Link href={`/beheer/vragenlijsten/${r.year}/respons`}>{r.respondents}</Link>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="create-heading" className="mt-12 border-t border-line pt-6">
        <h2 id="create-heading" className="mb-4 text-xl font-semibold">{t("createTitle")}</h2>
        <CreateRoundForm suggestedYear={nextYear} />
      </section>
    </>
  );
}
