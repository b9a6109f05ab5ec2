import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { inputClass, labelClass, sectionClass } from "@/components/admin/styles";
import { ListUploadForm } from "@/components/imports/list-upload-form";
import { MunicipalityAdminTable } from "@/components/imports/municipality-admin-table";
import { buttonClass } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { importGidsList, importMergers } from "@/lib/municipality-admin/actions";
import { listMunicipalitiesAdmin } from "@/lib/municipality-admin/queries";
import { MunicipalityFiltersSchema, type MunicipalityFilters } from "@/lib/municipality-admin/schemas";
import { requireAdminViewer } from "@/lib/survey-admin/not-found";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("municipalityAdmin"))("title") };
}

const href = (f: MunicipalityFilters, page: number) => {
  const q = new URLSearchParams({ ...(f.q ? { q: f.q } : {}), ...(f.gids ? { gids: f.gids } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString();
  return q ? `/beheer/gemeenten?${q}` : "/beheer/gemeenten";
};

export default async function MunicipalityAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireAdminViewer("/beheer/gemeenten", "import");
  const filters = MunicipalityFiltersSchema.parse(await searchParams);
  const result = await listMunicipalitiesAdmin(viewer, filters);
  const t = await getTranslations("municipalityAdmin");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { count: result.gidsCount })}>
        <p className="mt-3 text-sm">{t("api")} <a href="/api/v1/municipalities">/api/v1/municipalities</a> · <a href="/api/v1/municipalities?format=csv">CSV</a></p>
      </PageHeader>
      <section aria-labelledby="gids-heading">
        <h2 id="gids-heading" className="mb-2 text-xl font-semibold">{t("gidsTitle")}</h2>
        <p className="mb-4 max-w-3xl text-muted">{t("gidsLead")}</p>
        <ListUploadForm id="gids" action={importGidsList} title={t("gidsTitle")} hint={t("gidsHint")} />
      </section>
      <section aria-labelledby="mergers-heading" className={sectionClass}>
        <h2 id="mergers-heading" className="mb-2 text-xl font-semibold">{t("mergersTitle")}</h2>
        <p className="mb-4 max-w-3xl text-muted">{t("mergersLead")}</p>
        <ListUploadForm id="mergers" action={importMergers} title={t("mergersTitle")} hint={t("mergersHint")} />
      </section>
      <section aria-labelledby="list-heading" className={sectionClass}>
        <h2 id="list-heading" className="mb-4 text-xl font-semibold">{t("listTitle")}</h2>
        <form method="get" action="/beheer/gemeenten" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("filterLabel")}>
          <div>
            <label htmlFor="q" className={labelClass}>{t("search")}</label>
            <input id="q" name="q" defaultValue={filters.q} className={inputClass} />
          </div>
          <div>
            <label htmlFor="gids" className={labelClass}>{t("gidsFilter")}</label>
            <select id="gids" name="gids" defaultValue={filters.gids ?? ""} className={inputClass}>
              <option value="">{t("all")}</option>
              <option value="yes">{t("onlyGids")}</option>
              <option value="no">{t("notGids")}</option>
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>{t("filter")}</button>
        </form>
        <p className="mb-3" aria-live="polite">{t("count", { count: result.total })}</p>
        {result.total === 0 ? (
          <EmptyState text={t("empty")} />
        ) : (
          <>
            <MunicipalityAdminTable items={result.items} caption={t("tableCaption", { page: result.page, pages: result.pageCount })} />
            <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => href(filters, p)} />
          </>
        )}
        <p className="mt-4 text-sm text-muted">{t("attribution")}</p>
      </section>
    </>
  );
}
