import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button-link";
import type { MunicipalityFilters } from "@/lib/municipalities/filters";
import { SEARCH_MAX_LENGTH } from "@/lib/municipalities/filters";
import type { MunicipalityFilterOptionsDTO } from "@/lib/municipalities/queries";

const field = "mt-1 block w-full rounded border-2 border-muted bg-white px-3 py-2 text-ink";

/** GET form: the filters end up in the URL, so a filtered list can be bookmarked and shared. */
export async function MunicipalityFilterForm({
  filters,
  options,
}: {
  filters: MunicipalityFilters;
  options: MunicipalityFilterOptionsDTO;
}) {
  const t = await getTranslations("municipalities");
  return (
    <form method="get" action="/gemeenten" role="search" aria-labelledby="filters-heading" className="rounded bg-surface p-5">
      <h2 id="filters-heading" className="sr-only">
        {t("filtersHeading")}
      </h2>
      {filters.sort === "desc" ? <input type="hidden" name="sorteer" value="naam-za" /> : null}
      <div className="grid gap-4 md:grid-cols-3">
        <div>
          <label htmlFor="filter-zoek" className="font-semibold">
            {t("searchLabel")}
          </label>
          <input
            id="filter-zoek"
            name="zoek"
            type="search"
            defaultValue={filters.search}
            maxLength={SEARCH_MAX_LENGTH}
            autoComplete="off"
            className={field}
          />
        </div>
        <div>
          <label htmlFor="filter-provincie" className="font-semibold">
            {t("provinceLabel")}
          </label>
          <select id="filter-provincie" name="provincie" defaultValue={filters.provinceCode ?? ""} className={field}>
            <option value="">{t("all")}</option>
            {options.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-ggd" className="font-semibold">
            {t("ggdLabel")}
          </label>
          <select id="filter-ggd" name="ggd" defaultValue={filters.ggdRegionCode ?? ""} className={field}>
            <option value="">{t("all")}</option>
            {options.ggdRegions.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
        <Link href="/gemeenten">{t("reset")}</Link>
      </div>
    </form>
  );
}
