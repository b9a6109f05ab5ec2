// Timeline rows (already merged and ordered in SQL) → what the page shows: grouped by month, each event
// with a catalog key and the values its sentence needs. Pure and unit-tested.
import { TIME_ZONE } from "@/lib/i18n/config";

export const TIMELINE_PAGE_SIZE = 30;
/** The page's filter: kinds of events by subject. */
export const TIMELINE_GROUPS = ["approach", "initiative", "questionnaire", "advice", "people"] as const;
export type TimelineGroup = (typeof TIMELINE_GROUPS)[number];

export type TimelineRow = { at: string; kind: string; ref: string; actor: string | null; dateOnly: boolean; data: Record<string, unknown> | null };

export const TIMELINE_KINDS = [
  "approach.create",
  "approach.update",
  "initiative.create",
  "initiative.update",
  "initiative.stop",
  "initiative.archive",
  "initiative.restore",
  "questionnaire.submit",
  "review.comment",
  "review.return",
  "review.accept",
  "advice",
  "advice.update",
  "followUp.done",
  "followUp.reopen",
  "adviser.start",
  "servant.start",
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type TimelineEvent = {
  id: string;
  at: string;
  dateOnly: boolean;
  kind: TimelineKind | "other";
  /** The catalog key's last part (dots are not allowed in next-intl keys). */
  messageKey: string;
  actor: string | null;
  values: Record<string, string | number>;
  group: "approach" | "initiative" | "questionnaire" | "advice" | "people" | "other";
};
export type TimelineMonth = { month: string; events: TimelineEvent[] };

const GROUP: Record<string, TimelineEvent["group"]> = { approach: "approach", initiative: "initiative", questionnaire: "questionnaire", review: "questionnaire", advice: "advice", followUp: "advice", adviser: "people", servant: "people" };

const ym = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit" });

export function toEvent(r: TimelineRow, i: number): TimelineEvent {
  const known = (TIMELINE_KINDS as readonly string[]).includes(r.kind);
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(r.data ?? {})) if (v !== null && v !== undefined) values[k] = typeof v === "number" && k === "year" ? String(v) : (v as string | number);
  return {
    id: `${r.kind}:${r.ref}:${i}`,
    at: r.at,
    dateOnly: r.dateOnly,
    kind: known ? (r.kind as TimelineKind) : "other",
    messageKey: known ? r.kind.replace(".", "_") : "other",
    actor: r.actor,
    values,
    group: GROUP[r.kind.split(".")[0]!] ?? "other",
  };
}

/** Groups the (ordered) events by calendar month in Dutch time, keeping the order. */
export function groupByMonth(rows: readonly TimelineRow[]): TimelineMonth[] {
  const out: TimelineMonth[] = [];
  rows.forEach((r, i) => {
    const month = ym.format(new Date(r.at)).slice(0, 7);
    const last = out.at(-1);
    if (last?.month === month) last.events.push(toEvent(r, i));
    else out.push({ month, events: [toEvent(r, i)] });
  });
  return out;
}
