import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { UserFilterForm } from "@/components/admin/user-filters";
import { UsersTable } from "@/components/admin/users-table";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { found } from "@/lib/auth/found";
import { requireViewer } from "@/lib/auth/viewer";
import { listUsers } from "@/lib/users/queries";
import { UserFiltersSchema, type UserFilters } from "@/lib/users/schemas";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

function hrefFor(filters: UserFilters, page: number): string {
  const q = new URLSearchParams();
  if (filters.q) q.set("q", filters.q);
  if (filters.role) q.set("role", filters.role);
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `/beheer/gebruikers?${s}` : "/beheer/gebruikers";
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("/beheer/gebruikers");
  const filters = UserFiltersSchema.parse(await searchParams);
  const result = await found(listUsers(viewer, filters));
  const t = await getTranslations("admin.users");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        <div className="mt-6">
          <ButtonLink href="/beheer/gebruikers/nieuw">{t("new")}</ButtonLink>
        </div>
      </PageHeader>
      <UserFilterForm filters={filters} />
      <section aria-labelledby="user-count" className="mt-8">
        <h2 id="user-count" className="mb-4 text-xl font-semibold" aria-live="polite">
          {t("count", { count: result.total })}
        </h2>
        {result.total === 0 ? (
          <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
        ) : (
          <>
            <UsersTable items={result.items} caption={t("tableCaption", { page: result.page, pages: result.pageCount })} />
            <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => hrefFor(filters, p)} />
          </>
        )}
      </section>
    </>
  );
}
