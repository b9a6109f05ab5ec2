import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { sectionClass } from "@/components/admin/styles";
import { ReminderForm } from "@/components/survey-admin/reminder-form";
import { ResponseRateChart } from "@/components/survey-admin/response-rate-chart";
import { ResponseRateTable } from "@/components/survey-admin/response-rate-table";
import { RoundSubnav } from "@/components/survey-admin/round-subnav";
import { TrackingFilter } from "@/components/survey-admin/tracking-filter";
import { TrackingTable } from "@/components/survey-admin/tracking-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { formatNumber, formatPercent } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { orNotFound, requireAdminViewer } from "@/lib/survey-admin/not-found";
import { TRACKING_STATUSES, TrackingFiltersSchema } from "@/lib/survey-admin/schemas";
import { getTrackingSummary, listTracking } from "@/lib/survey-admin/tracking-queries";


type Props = { params: Promise<{ year: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return { title: (await getTranslations("surveyAdmin.tracking"))("title", { year }) };
}

export default async function ResponsesPage({ params, searchParams }: Props) {
  const { year: raw } = await params;
  if (!/^\d{4}$/.test(raw)) notFound();
  const viewer = await requireAdminViewer(`/beheer/vragenlijsten/${raw}/respons`, "survey-admin");
  const filters = TrackingFiltersSchema.parse(await searchParams);
  const [summary, page] = await Promise.all([orNotFound(getTrackingSummary(viewer, Number(raw))), orNotFound(listTracking(viewer, Number(raw), filters))]);
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("surveyAdmin.tracking");
  const ts = await getTranslations("surveyAdmin.responseStatus");
  const href = (p: number) => `/beheer/vragenlijsten/${raw}/respons?${new URLSearchParams({ ...(filters.status ? { status: filters.status } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  const { byStatus } = summary;
  return (
    <>
      <PageHeader title={t("title", { year: raw })} lead={t("lead")} />
      <RoundSubnav year={summary.round.year} current="responses" />
      <section aria-labelledby="rate-heading">
        <h2 id="rate-heading" className="text-xl font-semibold">{t("rateTitle")}</h2>
        <p className="mt-2 text-4xl font-semibold text-brand-900" data-testid="response-rate">{formatPercent(summary.responseRate, locale)}</p>
        <p className="text-muted">{t("rateText", { respondents: formatNumber(summary.respondents, locale), total: formatNumber(summary.total, locale) })}</p>
        <dl className="mt-4 grid gap-3 sm:grid-cols-5">
          {TRACKING_STATUSES.map((s) => (
            <div key={s} className="rounded bg-surface p-3">
              <dt className="text-sm text-muted">{ts(s)}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{formatNumber(byStatus[s], locale)}</dd>
            </div>
          ))}
        </dl>
        {summary.timeline.length ? (
          <figure className="mt-6">
            <figcaption className="mb-2 font-semibold">{t("chartTitle")}</figcaption>
            <ResponseRateChart points={summary.timeline} locale={locale} />
            <ResponseRateTable points={summary.timeline} total={summary.total} />
          </figure>
        ) : (
          <p className="mt-4 text-muted">{t("notStarted")}</p>
        )}
      </section>
      {summary.round.status === "OPEN" ? (
        <section aria-labelledby="reminders-heading" className={sectionClass}>
          <h2 id="reminders-heading" className="mb-2 text-xl font-semibold">{t("remindersTitle")}</h2>
          <p className="mb-4 max-w-3xl text-muted">{t("remindersLead")}</p>
          <ReminderForm
            roundId={summary.round.id}
            counts={{ notStarted: byStatus.NOT_STARTED, inProgress: byStatus.DRAFT + byStatus.RETURNED, all: byStatus.NOT_STARTED + byStatus.DRAFT + byStatus.RETURNED }}
          />
        </section>
      ) : null}
      <section aria-labelledby="municipalities-heading" className={sectionClass}>
        <h2 id="municipalities-heading" className="text-xl font-semibold">{t("perMunicipality")}</h2>
        <p className="mt-2">
          <a href={`/beheer/vragenlijsten/${raw}/niet-gereageerd`} download>{t("exportNonResponders")}</a>
        </p>
        <TrackingFilter year={Number(raw)} status={filters.status} />
        <p className="my-3" aria-live="polite">{t("count", { count: page.total })}</p>
        {page.total === 0 ? (
          <EmptyState text={t("empty")} />
        ) : (
          <>
            <TrackingTable year={Number(raw)} items={page.items} caption={t("tableCaption", { page: page.page, pages: page.pageCount })} />
            <Pagination page={page.page} pageCount={page.pageCount} hrefFor={href} />
          </>
        )}
      </section>
    </>
  );
}
