import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { sectionClass, tableClass } from "@/components/admin/styles";
import { ImportUploader } from "@/components/imports/import-uploader";
import { StatusBadge } from "@/components/survey-admin/status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate, formatNumber } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { listImportJobs } from "@/lib/imports/queries";
import { requireAdminViewer } from "@/lib/survey-admin/not-found";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}

export default async function ImportPage() {
  const viewer = await requireAdminViewer("/beheer/import", "import");
  const jobs = await listImportJobs(viewer);
  const t = await getTranslations("imports");
  const locale = (await getLocale()) as AppLocale;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <section aria-labelledby="format-heading" className="max-w-3xl">
        <h2 id="format-heading" className="text-xl font-semibold">{t("format.title")}</h2>
        <p className="mt-2">{t("format.text")}</p>
        <pre className="mt-2 overflow-x-auto rounded bg-surface p-3 text-sm">{"round,gemeentecode,question,answer\n2021,GM0794,approach.tracks,PHYSICAL_ENVIRONMENT|PREVENTION_CARE\n2021,GM0794,residents.low_ses_involved,yes\n2021,GM0794,support.integrated_approach,STRONGLY_HELPED"}</pre>
        <p className="mt-2 text-sm text-muted">{t("format.answers")}</p>
      </section>
      <section aria-labelledby="upload-heading" className={sectionClass}>
        <h2 id="upload-heading" className="mb-4 text-xl font-semibold">{t("upload.title")}</h2>
        <ImportUploader />
      </section>
      <section aria-labelledby="jobs-heading" className={sectionClass}>
        <h2 id="jobs-heading" className="mb-4 text-xl font-semibold">{t("jobs.title")}</h2>
        {jobs.length === 0 ? (
          <EmptyState text={t("jobs.empty")} />
        ) : (
          <div className="overflow-x-auto">
            <table className={tableClass}>
              <caption className="sr-only">{t("jobs.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("jobs.file")}</th>
                  <th scope="col">{t("jobs.status")}</th>
                  <th scope="col" className="text-right">{t("jobs.rows")}</th>
                  <th scope="col" className="text-right">{t("jobs.errors")}</th>
                  <th scope="col">{t("jobs.when")}</th>
                </tr>
              </thead>
              <tbody>
                {jobs.map((j) => (
                  <tr key={j.id}>
                    <th scope="row" className="font-normal">
                      <Link href={`/beheer/import/${j.id}`} className="break-all">{j.fileName}</Link>
                      {j.origin !== "app" ? <span className="block text-xs text-muted">{j.origin}</span> : null}
                    </th>
                    <td><StatusBadge status={j.status === "COMMITTED" ? "SENT" : j.status === "INVALID" || j.status === "FAILED" ? "FAILED" : "DRAFT"} label={t(`status.${j.status as "VALID"}`)} /></td>
                    <td className="text-right tabular-nums">{formatNumber(j.rowCount, locale)}</td>
                    <td className="text-right tabular-nums">{formatNumber(j.errorCount, locale)}</td>
                    <td>{formatDate(j.createdAt, locale, "short")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
