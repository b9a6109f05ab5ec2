// The filters of the network list (/initiatieven) as they travel in the URL: Dutch parameter names, so a
// filtered list can be bookmarked and shared. Pure: untrusted searchParams in, safe values out, and back.
import { firstParam as one, type SearchParamsInput } from "@/lib/search-params";
import { PILLAR_NUMBERS, TRACK_CODES } from "./options";

export const NETWORK_PAGE_SIZE = 20;
export const NETWORK_SEARCH_MAX = 100;
/** The CBS size classes of municipalities (1: under 5,000 inhabitants … 8: 250,000 or more). */
export const SIZE_CLASSES = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export const NETWORK_PATH = "/initiatieven";

export type NetworkFilters = {
  search: string;
  track: string | null;
  pillar: number | null;
  /** CBS province code, e.g. PV30. */
  provinceCode: string | null;
  sizeClass: number | null;
  page: number;
};

const member = <T>(list: readonly T[], v: T): T | null => (list.includes(v) ? v : null);
/** Only integers written as digits count ("2", not "2.0", "0x2" or "2e0"). */
const int = (v: string) => (/^\d{1,6}$/.test(v) ? Number(v) : NaN);

/** Unknown or malformed values are ignored (a hand-edited URL never gives an error page). */
export function parseNetworkFilters(sp: SearchParamsInput): NetworkFilters {
  const province = one(sp.provincie).toUpperCase();
  const page = int(one(sp.pagina));
  return {
    search: one(sp.zoek).slice(0, NETWORK_SEARCH_MAX),
    track: member<string>(TRACK_CODES, one(sp.spoor)),
    pillar: member<number>(PILLAR_NUMBERS, int(one(sp.pijler))),
    provinceCode: /^PV\d{2}$/.test(province) ? province : null,
    sizeClass: member<number>(SIZE_CLASSES, int(one(sp.grootte))),
    page: page >= 1 ? page : 1,
  };
}

/** The list URL for a set of filters; defaults (and page 1) are left out so URLs stay short. */
export function networkHref(f: Partial<NetworkFilters> = {}): string {
  const q = new URLSearchParams();
  if (f.search) q.set("zoek", f.search);
  if (f.track) q.set("spoor", f.track);
  if (f.pillar) q.set("pijler", String(f.pillar));
  if (f.provinceCode) q.set("provincie", f.provinceCode);
  if (f.sizeClass) q.set("grootte", String(f.sizeClass));
  if (f.page && f.page > 1) q.set("pagina", String(f.page));
  const s = q.toString();
  return s ? `${NETWORK_PATH}?${s}` : NETWORK_PATH;
}

export const hasActiveNetworkFilters = (f: NetworkFilters) => Boolean(f.search || f.track || f.pillar || f.provinceCode || f.sizeClass);
