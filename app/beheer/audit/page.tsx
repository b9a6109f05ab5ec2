import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { AuditFilterForm } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listAuditEvents, listAuditFacets } from "@/lib/audit/queries";
import { AuditFiltersSchema, type AuditFilters } from "@/lib/audit/schemas";
import { found } from "@/lib/auth/found";
import { requireViewer } from "@/lib/auth/viewer";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

function hrefFor(filters: AuditFilters, page: number): string {
  const q = new URLSearchParams();
  for (const key of ["actor", "entity", "action", "from", "to"] as const) {
    const v = filters[key];
    if (v) q.set(key, v);
  }
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `/beheer/audit?${s}` : "/beheer/audit";
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("/beheer/audit");
  const filters = AuditFiltersSchema.parse(await searchParams);
  const [result, facets] = await Promise.all([found(listAuditEvents(viewer, filters)), found(listAuditFacets(viewer))]);
  const t = await getTranslations("audit");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <AuditFilterForm filters={filters} facets={facets} />
      <section aria-labelledby="audit-count" className="mt-8">
        <h2 id="audit-count" className="mb-4 text-xl font-semibold">
          {t("count", { count: result.total })}
        </h2>
        {result.total === 0 ? (
          <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
        ) : (
          <>
            <AuditTable items={result.items} caption={t("tableCaption", { page: result.page, pages: result.pageCount })} />
            <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => hrefFor(filters, p)} />
          </>
        )}
      </section>
    </>
  );
}
