import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { MunicipalityFilterForm } from "@/components/municipalities/municipality-filters";
import { MunicipalityTable } from "@/components/municipalities/municipality-table";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { municipalitiesHref, parseMunicipalityFilters, type SearchParamsInput } from "@/lib/municipalities/filters";
import { getMunicipalityFilterOptions, listGidsMunicipalities } from "@/lib/municipalities/queries";


export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("municipalities");
  return { title: t("title") };
}

export default async function MunicipalitiesPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const filters = parseMunicipalityFilters(await searchParams);
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("municipalities");
  const [page, options] = await Promise.all([listGidsMunicipalities(filters), getMunicipalityFilterOptions()]);
  const populationDate = page.items[0]?.populationDate;

  return (
    <Container className="py-10">
      <PageHeader title={t("title")} lead={t("lead")} />
      <MunicipalityFilterForm filters={filters} options={options} />

      <section aria-labelledby="results-count" className="mt-8">
        <h2 id="results-count" className="mb-4 text-xl font-semibold">
          {t("resultCount", { count: page.total })}
        </h2>
        {page.total === 0 ? (
          <EmptyState text={t("emptyText")}>
            <ButtonLink href="/gemeenten" variant="secondary">
              {t("emptyAction")}
            </ButtonLink>
          </EmptyState>
        ) : (
          <>
            <MunicipalityTable page={page} filters={{ ...filters, page: page.page }} />
            {populationDate ? (
              <p className="mt-3 text-sm text-muted">{t("populationNote", { date: formatDate(populationDate, locale) })}</p>
            ) : null}
            <Pagination
              page={page.page}
              pageCount={page.pageCount}
              hrefFor={(p) => municipalitiesHref({ ...filters, page: p })}
            />
          </>
        )}
      </section>
    </Container>
  );
}
