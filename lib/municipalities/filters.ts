// The filters of the municipality list as they travel in the URL (Dutch parameter names, so links
// can be shared). Pure: parses untrusted searchParams into safe values and builds hrefs back.
import { firstParam as first, type SearchParamsInput } from "@/lib/search-params";

export const MUNICIPALITIES_PAGE_SIZE = 50;
export const SEARCH_MAX_LENGTH = 100;

export type SortDirection = "asc" | "desc";

export type MunicipalityFilters = {
  search: string;
  provinceCode: string | null;
  ggdRegionCode: string | null;
  sort: SortDirection;
  page: number;
};

export type { SearchParamsInput };

/** Codes are short and alphanumeric (PV20, GG0111); anything else is ignored rather than queried. */
function code(value: string | string[] | undefined): string | null {
  const v = first(value).toUpperCase();
  return /^[A-Z0-9]{2,8}$/.test(v) ? v : null;
}

export function parseMunicipalityFilters(params: SearchParamsInput): MunicipalityFilters {
  const page = Number.parseInt(first(params.pagina), 10);
  return {
    search: first(params.zoek).slice(0, SEARCH_MAX_LENGTH),
    provinceCode: code(params.provincie),
    ggdRegionCode: code(params.ggd),
    sort: first(params.sorteer) === "naam-za" ? "desc" : "asc",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The URL of the list for these filters; defaults are left out so URLs stay short. */
export function municipalitiesHref(filters: MunicipalityFilters, basePath = "/gemeenten"): string {
  const params = new URLSearchParams();
  if (filters.search) params.set("zoek", filters.search);
  if (filters.provinceCode) params.set("provincie", filters.provinceCode);
  if (filters.ggdRegionCode) params.set("ggd", filters.ggdRegionCode);
  if (filters.sort === "desc") params.set("sorteer", "naam-za");
  if (filters.page > 1) params.set("pagina", String(filters.page));
  const query = params.toString();
  return query ? `${basePath}?${query}` : basePath;
}

export function hasActiveFilters(filters: MunicipalityFilters): boolean {
  return Boolean(filters.search || filters.provinceCode || filters.ggdRegionCode);
}
