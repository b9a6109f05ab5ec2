import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { NetworkFilterForm } from "@/components/initiatives/network-filters";
import { NetworkList } from "@/components/initiatives/network-list";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { getViewer } from "@/lib/auth/viewer";
import type { AppLocale } from "@/lib/i18n/config";
import type { SearchParamsInput } from "@/lib/search-params";
import { networkAudience } from "@/lib/initiatives/network";
import { hasActiveNetworkFilters, networkHref, parseNetworkFilters } from "@/lib/initiatives/network-filters";
import { listNetworkInitiatives } from "@/lib/initiatives/network-queries";
import { getMunicipalityFilterOptions } from "@/lib/municipalities/queries";
import { listPillars, listTracks } from "@/lib/reference/queries";

// Initiatives across municipalities, open to anyone: anonymous visitors see public examples; the query
// decides what else the viewer may see.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("network");
  return { title: t("title") };
}

export default async function NetworkInitiativesPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const filters = parseNetworkFilters(await searchParams);
  const viewer = await getViewer();
  const t = await getTranslations("network");
  const locale = (await getLocale()) as AppLocale;
  const [page, tracks, pillars, options] = await Promise.all([
    listNetworkInitiatives(viewer, filters),
    listTracks(locale),
    listPillars(locale),
    getMunicipalityFilterOptions(),
  ]);
  const audience = networkAudience(viewer?.role ?? null);
  const filtered = hasActiveNetworkFilters(filters);
  return (
    <Container className="py-8">
      <PageHeader title={t("title")} lead={t(`lead.${audience}`)}>
        {viewer ? null : (
          <p className="mt-3">
            {t("signInHint")} <Link href={`/login?callbackUrl=${encodeURIComponent(networkHref())}`}>{t("signIn")}</Link>
          </p>
        )}
      </PageHeader>
      <NetworkFilterForm
        filters={filters}
        tracks={tracks.map((x) => ({ key: x.code, name: x.name }))}
        pillars={pillars.map((x) => ({ key: String(x.number), name: x.name }))}
        provinces={options.provinces.map((x) => ({ key: x.code, name: x.name }))}
      />
      <section aria-labelledby="results-count" className="mt-8">
        <h2 id="results-count" className="mb-4 text-xl font-semibold" aria-live="polite">
          {t("list.count", { count: page.total })}
        </h2>
        {page.total === 0 ? (
          <EmptyState text={filtered ? t("list.emptyFiltered") : t("list.empty")}>
            {filtered ? <ButtonLink href={networkHref()} variant="secondary">{t("filters.reset")}</ButtonLink> : null}
          </EmptyState>
        ) : (
          <>
            <NetworkList items={page.items} trackNames={Object.fromEntries(tracks.map((x) => [x.code, x.name]))} showVisibility={audience !== "public"} />
            <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => networkHref({ ...filters, page: p })} />
          </>
        )}
      </section>
    </Container>
  );
}
