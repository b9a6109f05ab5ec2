// Bar chart rows of the questionnaire charts. Pure.
import { chartedOptions } from "./trend";
import type { Labeller } from "./labels";
import type { BreakdownDTO, RoundResultsWithStatusDTO } from "./types";

export type BarRow = {
  key: string;
  label: string;
  /** Fraction 0–1; null when withheld (the note says why). */
  share: number | null;
  count?: number | null;
  note?: string;
  /** A derived or headline row, set apart visually. */
  emphasis?: boolean;
};

type Question = RoundResultsWithStatusDTO["questions"][number];

/** Option shares: "yes" for booleans, helped (or strongly) and strongly helped for likert, else every option. */
export function questionBars(q: Question, labels: Labeller): BarRow[] {
  const keys = chartedOptions(q.type, q.options.map((o) => o.key));
  return keys.flatMap((key) => {
    const o = q.options.find((x) => x.key === key);
    if (!o) return [];
    return [{ key, label: labels.option(q.key, key), share: q.n > 0 ? o.share : null, count: o.count, emphasis: key === "HELPED_OR_STRONGLY" }];
  });
}

/** One option's share per group; withheld groups keep their row with a note instead of a bar. */
export function breakdownBars(bd: BreakdownDTO, questionKey: string, option: string, groupName: (key: string, name: string | null) => string, withheld: (n: number) => string): BarRow[] {
  return bd.groups.map((g) => {
    const q = g.questions.find((x) => x.key === questionKey);
    const o = q?.options.find((x) => x.key === option);
    const n = q?.n ?? 0;
    if (!q || q.suppressed || !o || o.share === null) return { key: g.key, label: `${groupName(g.key, g.name)} (n = ${n})`, share: null, note: withheld(n) };
    return { key: g.key, label: `${groupName(g.key, g.name)} (n = ${n})`, share: o.share, count: o.count };
  });
}
