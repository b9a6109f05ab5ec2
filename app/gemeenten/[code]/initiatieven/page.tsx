import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { InitiativeFilterForm } from "@/components/initiatives/initiative-filters";
import { InitiativeTable } from "@/components/initiatives/initiative-table";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import type { AppLocale } from "@/lib/i18n/config";
import { hasActiveFilters, initiativesHref, parseInitiativeFilters, type SearchParamsInput } from "@/lib/initiatives/filters";
import { listInitiatives } from "@/lib/initiatives/queries";
import { listPillars, listTracks } from "@/lib/reference/queries";
import { loadWorkspace } from "../_lib/load";


type Props = { params: Promise<{ code: string }>; searchParams: Promise<SearchParamsInput> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ws } = await loadWorkspace(params);
  const t = await getTranslations("initiatives");
  return { title: t("metaTitle", { name: ws.name }) };
}

const YEARS = Array.from({ length: new Date().getFullYear() - 2013 }, (_, i) => new Date().getFullYear() - i);

export default async function InitiativesPage({ params, searchParams }: Props) {
  const { viewer, ws } = await loadWorkspace(params, "/initiatieven");
  const filters = parseInitiativeFilters(await searchParams);
  const t = await getTranslations("initiatives");
  const locale = (await getLocale()) as AppLocale;
  const [page, tracks, pillars] = await Promise.all([listInitiatives(viewer, ws.code, filters), listTracks(locale), listPillars(locale)]);
  const trackItems = tracks.map((x) => ({ key: x.code, name: x.name }));
  const pillarItems = pillars.map((x) => ({ key: String(x.number), name: x.name }));
  const tab = (archived: boolean) => (
    <Link
      href={initiativesHref(ws.code, { archived })}
      aria-current={filters.archived === archived ? "page" : undefined}
      className={`rounded px-4 py-2 font-semibold no-underline ${filters.archived === archived ? "bg-brand-900 text-white hover:text-white" : "border-2 border-brand-900 text-brand-900"}`}
    >
      {archived ? t("list.tabArchived") : t("list.tabActive")}
    </Link>
  );
  return (
    <Container className="py-8">
      <PageHeader title={t("title")} lead={t("lead")}>
        {ws.canWrite ? (
          <div className="mt-6">
            <ButtonLink href={`/gemeenten/${ws.code}/initiatieven/nieuw`}>{t("list.new")}</ButtonLink>
          </div>
        ) : null}
      </PageHeader>
      <nav aria-label={t("list.tabsLabel")} className="mb-4 flex gap-2">
        {tab(false)}
        {tab(true)}
      </nav>
      <InitiativeFilterForm code={ws.code} filters={filters} tracks={trackItems} pillars={pillarItems} years={YEARS} />
      <section aria-labelledby="results-count" className="mt-8">
        <h2 id="results-count" className="mb-4 text-xl font-semibold" aria-live="polite">
          {t("list.count", { count: page.total })}
        </h2>
        {page.total === 0 ? (
          <EmptyState text={hasActiveFilters(filters) ? t("list.emptyFiltered") : ws.canWrite ? t("list.empty") : t("list.emptyReadOnly")}>
            {hasActiveFilters(filters) ? (
              <ButtonLink href={initiativesHref(ws.code, {})} variant="secondary">{t("filters.reset")}</ButtonLink>
            ) : ws.canWrite ? (
              <ButtonLink href={`/gemeenten/${ws.code}/initiatieven/nieuw`}>{t("list.new")}</ButtonLink>
            ) : null}
          </EmptyState>
        ) : (
          <>
            <InitiativeTable code={ws.code} items={page.items} trackNames={Object.fromEntries(tracks.map((x) => [x.code, x.name]))} />
            <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => initiativesHref(ws.code, { ...filters, page: p })} />
          </>
        )}
      </section>
    </Container>
  );
}
