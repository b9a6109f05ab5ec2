import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { sectionClass } from "@/components/admin/styles";
import { ImportErrors } from "@/components/imports/import-errors";
import { ImportSummary } from "@/components/imports/import-summary";
import { JobControls } from "@/components/imports/job-controls";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { formatDate, formatNumber } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { getImportJob, listImportErrors } from "@/lib/imports/queries";
import { ErrorPageSchema } from "@/lib/imports/schemas";
import { getQuestionLabels } from "@/lib/reference/queries";
import { orNotFound, requireAdminViewer } from "@/lib/survey-admin/not-found";


type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports.job"))("metaTitle") };
}

export default async function ImportJobPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireAdminViewer(`/beheer/import/${id}`, "import");
  const { page } = ErrorPageSchema.parse(await searchParams);
  const job = await orNotFound(getImportJob(viewer, id));
  const errors = job.errorCount > 0 ? await listImportErrors(viewer, id, page) : null;
  const locale = (await getLocale()) as AppLocale;
  const labels = Object.fromEntries([...(await getQuestionLabels(locale)).values()].map((q) => [q.key, q.text]));
  const t = await getTranslations("imports.job");
  const ti = await getTranslations("imports");
  const all = (await getTranslations()) as unknown as { has: (k: string) => boolean } & ((k: string) => string);
  const catalog = (key: string) => (all.has(key) ? all(key) : all("errors.unexpected"));
  return (
    <>
      <p className="mb-4"><Link href="/beheer/import">{t("back")}</Link></p>
      <PageHeader title={t("title", { file: job.fileName })} lead={t("meta", { size: formatNumber(Math.ceil(job.fileSize / 1024), locale), date: formatDate(job.createdAt, locale), by: job.createdBy ?? job.origin })} />
      <div role="status" className="max-w-3xl rounded border-l-4 border-brand-700 bg-brand-50 px-3 py-2">
        <p className="font-semibold">{ti(`status.${job.status as "VALID"}`)}</p>
        <p>{t(`explain.${job.status as "VALID"}`, { rows: formatNumber(job.rowCount, locale), errors: formatNumber(job.errorCount, locale) })}</p>
        {job.failure ? <p className="mt-1 text-red-800">{t("failure")}: {catalog(job.failure)}</p> : null}
      </div>
      <JobControls jobId={job.id} status={job.status} rows={job.rowCount} canCommit={job.status === "VALID"} canDiscard={["UPLOADING", "INVALID", "VALID", "FAILED"].includes(job.status)} />
      {errors ? (
        <section aria-labelledby="errors-heading" className={sectionClass}>
          <h2 id="errors-heading" className="mb-2 text-xl font-semibold">{t("errorsTitle", { count: job.errorCount })}</h2>
          <p className="mb-4 max-w-3xl">{t("errorsLead")}</p>
          <ImportErrors errors={errors.items} byCode={job.summary?.errorsByCode ?? {}} caption={t("errorsCaption", { page: errors.page, pages: errors.pageCount })} />
          <Pagination page={errors.page} pageCount={errors.pageCount} hrefFor={(p) => `/beheer/import/${job.id}?page=${p}`} />
        </section>
      ) : null}
      {job.summary ? (
        <section aria-labelledby="preview-heading" className={sectionClass}>
          <h2 id="preview-heading" className="mb-4 text-xl font-semibold">{job.status === "COMMITTED" ? t("resultTitle") : t("previewTitle")}</h2>
          {job.errorCount > 0 ? <p className="mb-4 max-w-3xl text-muted">{t("previewPartial")}</p> : null}
          <ImportSummary summary={job.summary} labels={labels} />
        </section>
      ) : null}
    </>
  );
}
