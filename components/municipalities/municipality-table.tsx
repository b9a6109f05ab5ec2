import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { municipalitiesHref, type MunicipalityFilters } from "@/lib/municipalities/filters";
import type { MunicipalityPageDTO } from "@/lib/municipalities/queries";

type SizeClassKey = `sizeClass.${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`;

const th = "border-b-2 border-brand-900 px-3 py-2 text-left font-semibold text-brand-900";
const td = "border-b border-line px-3 py-2 align-top";

export async function MunicipalityTable({ page, filters }: { page: MunicipalityPageDTO; filters: MunicipalityFilters }) {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations();
  const nextSort = filters.sort === "asc" ? "desc" : "asc";
  const sortHref = municipalitiesHref({ ...filters, sort: nextSort, page: 1 });
  const sizeLabel = (n: number) => (n >= 1 && n <= 8 ? t(`sizeClass.${n}` as SizeClassKey) : t("common.notAvailable"));

  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">
          {t("municipalities.tableCaption", { page: page.page, pages: page.pageCount })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={th} aria-sort={filters.sort === "asc" ? "ascending" : "descending"}>
              <Link href={sortHref} className="inline-flex items-center gap-1 text-brand-900">
                {t("municipalities.colName")}
                <span aria-hidden="true">{filters.sort === "asc" ? "▲" : "▼"}</span>
                <span className="sr-only">
                  ({nextSort === "asc" ? t("municipalities.sortAsc") : t("municipalities.sortDesc")})
                </span>
              </Link>
            </th>
            <th scope="col" className={th}>
              {t("municipalities.colProvince")}
            </th>
            <th scope="col" className={th}>
              {t("municipalities.colGgd")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("municipalities.colPopulation")}
            </th>
            <th scope="col" className={th}>
              {t("municipalities.colSizeClass")}
            </th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((m) => (
            <tr key={m.code} className="hover:bg-brand-50">
              <th scope="row" className={`${td} font-semibold`}>
                {m.name}
              </th>
              <td className={td}>{m.provinceName}</td>
              <td className={td}>{m.ggdRegionName}</td>
              <td className={`${td} text-right`}>{formatNumber(m.population, locale)}</td>
              <td className={td}>{sizeLabel(m.sizeClass)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
