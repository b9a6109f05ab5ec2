// The initiative list's filters live in the URL (bookmarkable, shareable, back button works). Pure.
import { firstParam as one, type SearchParamsInput } from "@/lib/search-params";
import { INITIATIVE_STATUSES, PILLAR_NUMBERS, TARGET_GROUPS, TRACK_CODES } from "./options";

export const INITIATIVES_PAGE_SIZE = 20;

/** The status filter: one status, or "ACTIVE" for running and structural together (as on the home page). */
export const STATUS_FILTERS = [...INITIATIVE_STATUSES, "ACTIVE"] as const;
export const SEARCH_MAX = 100;

export type InitiativeFilters = {
  search: string;
  track: string | null;
  pillar: number | null;
  status: string | null;
  targetGroup: string | null;
  year: number | null;
  archived: boolean;
  page: number;
};

export type { SearchParamsInput };

const pick = <T extends string>(list: readonly T[], v: string): T | null => (list.includes(v as T) ? (v as T) : null);

/** Unknown or malformed values are ignored (never an error page for a hand-edited URL). */
export function parseInitiativeFilters(sp: SearchParamsInput): InitiativeFilters {
  const pillar = Number(one(sp.pijler));
  const year = Number(one(sp.jaar));
  const page = Number(one(sp.pagina));
  return {
    search: one(sp.zoek).slice(0, SEARCH_MAX),
    track: pick(TRACK_CODES, one(sp.spoor)),
    pillar: (PILLAR_NUMBERS as readonly number[]).includes(pillar) ? pillar : null,
    status: pick(STATUS_FILTERS, one(sp.status)),
    targetGroup: pick(TARGET_GROUPS, one(sp.doelgroep)),
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    archived: one(sp.toon) === "archief",
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The list URL for a set of filters (page 1 and defaults are left out). */
export function initiativesHref(code: string, f: Partial<InitiativeFilters>): string {
  const q = new URLSearchParams();
  if (f.search) q.set("zoek", f.search);
  if (f.track) q.set("spoor", f.track);
  if (f.pillar) q.set("pijler", String(f.pillar));
  if (f.status) q.set("status", f.status);
  if (f.targetGroup) q.set("doelgroep", f.targetGroup);
  if (f.year) q.set("jaar", String(f.year));
  if (f.archived) q.set("toon", "archief");
  if (f.page && f.page > 1) q.set("pagina", String(f.page));
  const s = q.toString();
  return `/gemeenten/${code}/initiatieven${s ? `?${s}` : ""}`;
}

export const hasActiveFilters = (f: InitiativeFilters) =>
  Boolean(f.search || f.track || f.pillar || f.status || f.targetGroup || f.year || f.archived);
