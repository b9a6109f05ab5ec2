// Sorting and filtering the caseload from the URL (searchParams), so a view can be bookmarked and shared.
// Pure: the caseload is computed in full in SQL (15–20 rows usually, more for an adviser with a large
// portfolio); the page shows it CASELOAD_PAGE_SIZE rows at a time, most urgent first.
import { z } from "zod";
import { triageCompare } from "./signals";
import { SIGNAL_KEYS, type CaseloadItem } from "./types";

export const SORT_KEYS = ["triage", "name", "deadline", "advice", "followUps"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
const STATUSES = ["NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"] as const;

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(one, z.enum(values).optional().catch(undefined));

export const CaseloadViewSchema = z.object({
  sort: z.preprocess(one, z.enum(SORT_KEYS).catch("triage")).default("triage"),
  dir: z.preprocess(one, z.enum(["asc", "desc"]).optional().catch(undefined)),
  signal: optionalEnum(SIGNAL_KEYS),
  status: optionalEnum(STATUSES),
  q: z.preprocess(one, z.string().trim().max(100).optional().catch(undefined)),
  pagina: z.preprocess(one, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
export type CaseloadView = z.infer<typeof CaseloadViewSchema>;

/** Unknown or malformed parameters fall back to the default view instead of failing the page. */
export function parseCaseloadView(params: Record<string, string | string[] | undefined>): CaseloadView {
  return CaseloadViewSchema.parse(params);
}

/** Each column's natural direction: most urgent first. */
export const DEFAULT_DIR: Record<SortKey, "asc" | "desc"> = { triage: "asc", name: "asc", deadline: "asc", advice: "desc", followUps: "desc" };

const nullsLast = (v: number | null, dir: 1 | -1) => (v === null ? Number.POSITIVE_INFINITY : v * dir);

function compareBy(sort: SortKey, dir: 1 | -1): (a: CaseloadItem, b: CaseloadItem) => number {
  switch (sort) {
    case "name":
      return (a, b) => dir * a.name.localeCompare(b.name, "nl");
    case "deadline":
      return (a, b) => nullsLast(a.daysToDeadline, dir) - nullsLast(b.daysToDeadline, dir) || triageCompare(a, b);
    // "Never advised" is the longest possible silence: it sorts as the largest number of days.
    case "advice":
      return (a, b) => dir * ((a.daysSinceAdvice ?? 1e9) - (b.daysSinceAdvice ?? 1e9)) || triageCompare(a, b);
    case "followUps":
      return (a, b) => dir * (a.followUpsOverdue - b.followUpsOverdue) || triageCompare(a, b);
    default:
      return (a, b) => dir * triageCompare(a, b);
  }
}

export function applyCaseloadView(items: readonly CaseloadItem[], view: CaseloadView): CaseloadItem[] {
  const q = view.q?.toLocaleLowerCase("nl");
  const filtered = items.filter(
    (i) =>
      (!view.signal || i.signals.some((s) => s.key === view.signal)) &&
      (!view.status || i.questionnaireStatus === view.status) &&
      (!q || i.name.toLocaleLowerCase("nl").includes(q)),
  );
  const dir = (view.dir ?? DEFAULT_DIR[view.sort]) === "asc" ? 1 : -1;
  return filtered.sort(compareBy(view.sort, dir));
}

export const CASELOAD_PAGE_SIZE = 25;

/** One page of the (sorted, filtered) caseload; a page past the end shows the last one. */
export function pageOfCaseload<T>(items: readonly T[], page: number, size = CASELOAD_PAGE_SIZE): { items: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(1, page), pageCount);
  return { items: items.slice((p - 1) * size, p * size), page: p, pageCount };
}

/** The caseload URL for a view: only what differs from the default, so links stay short and shareable. */
export function caseloadHref(view: CaseloadView, change: { sort?: SortKey; page?: number } = {}): string {
  const sort = change.sort ?? view.sort;
  const current = view.dir ?? DEFAULT_DIR[view.sort];
  // Clicking the current column flips its direction; another column starts in its natural direction.
  const dir = change.sort === undefined ? current : view.sort === change.sort ? (current === "asc" ? "desc" : "asc") : DEFAULT_DIR[change.sort];
  const p = new URLSearchParams();
  if (sort !== "triage") p.set("sort", sort);
  if (sort !== "triage" || dir !== DEFAULT_DIR.triage) p.set("dir", dir);
  if (view.signal) p.set("signal", view.signal);
  if (view.status) p.set("status", view.status);
  if (view.q) p.set("q", view.q);
  if (change.page && change.page > 1) p.set("pagina", String(change.page));
  const qs = p.toString();
  return qs ? `/adviseur?${qs}` : "/adviseur";
}
