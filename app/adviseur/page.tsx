import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { CaseloadFilters } from "@/components/caseload/caseload-filters";
import { CaseloadTable } from "@/components/caseload/caseload-table";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { found } from "@/lib/auth/found";
import { requireViewer } from "@/lib/auth/viewer";
import { getCaseload } from "@/lib/caseload/queries";
import { applyCaseloadView, CASELOAD_PAGE_SIZE, caseloadHref, pageOfCaseload, parseCaseloadView } from "@/lib/caseload/view";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("caseload"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The adviser's caseload in triage order. Access is decided by getCaseload itself (advisers see their own
 * current assignments; an admin may add ?adviseur=<id>; everyone else gets 404).
 */
export default async function CaseloadPage({ searchParams }: Props) {
  const viewer = await requireViewer("/adviseur");
  const params = await searchParams;
  const adviserId = typeof params.adviseur === "string" ? params.adviseur : undefined;
  const all = await found(getCaseload(viewer, { today: new Date(), adviserId }));
  const view = parseCaseloadView(params);
  const items = applyCaseloadView(all, view);
  const shown = pageOfCaseload(items, view.pagina);
  const t = await getTranslations("caseload");
  return (
    <Container className="py-10">
      <PageHeader title={t("title")} lead={t("lead", { name: viewer.name, count: all.length })}>
        <p className="mt-3">
          <Link href="/meldingen">{t("notificationsLink")}</Link>
        </p>
      </PageHeader>
      {all.length === 0 ? (
        <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
      ) : (
        <section aria-labelledby="caseload-heading">
          <h2 id="caseload-heading" className="text-xl font-semibold">{t("heading")}</h2>
          <p id="triage-order" className="mb-4 mt-2 max-w-3xl">{t("orderExplained")}</p>
          <CaseloadFilters view={view} />
          <p role="status" className="mb-2 text-sm text-muted">
            {shown.pageCount > 1
              ? t("countPage", {
                  from: (shown.page - 1) * CASELOAD_PAGE_SIZE + 1,
                  to: (shown.page - 1) * CASELOAD_PAGE_SIZE + shown.items.length,
                  shown: items.length,
                  page: shown.page,
                  pages: shown.pageCount,
                })
              : t("count", { shown: items.length, total: all.length })}
          </p>
          {items.length === 0 ? (
            <EmptyState title={t("noMatchTitle")} text={t("noMatchText")} headingLevel={3}>
              <Link href="/adviseur">{t("filters.reset")}</Link>
            </EmptyState>
          ) : (
            <>
              <CaseloadTable items={shown.items} view={view} roundYear={all[0]?.roundYear ?? null} offset={(shown.page - 1) * CASELOAD_PAGE_SIZE} />
              <Pagination page={shown.page} pageCount={shown.pageCount} hrefFor={(p) => caseloadHref(view, { page: p })} />
            </>
          )}
        </section>
      )}
    </Container>
  );
}
