// The headline figures: every figure the programme has published (questionnaire.json "published"), as
// measured now in the database, for the chosen round with its change against earlier rounds. Pure.
import { pointFor, type TrendPoint } from "./trend";
import type { BreakdownDTO, RoundResultsWithStatusDTO } from "./types";

export type PublishedFigure = { round: number; option: string; percent?: number; percent_min?: number; subgroup?: string; note?: string };
export type BankQuestionRef = { key: string; published?: PublishedFigure[] };

export type HeadlineDTO = {
  questionKey: string;
  option: string;
  /** "large": municipalities of 100,000 inhabitants or more. */
  subgroup: "large" | null;
  /** The published values (round and whole percent, or a lower bound). */
  published: { round: number; percent: number | null; atLeast: number | null }[];
  /**
   * The development the overview shows: the first measurement, rounds with a published figure, the round
   * before the chosen one and the chosen round (closed rounds only before it) — never more than a handful,
   * however many rounds there are. Every round is on the question's own page.
   */
  points: TrendPoint[];
  /** Rounds with a value that `points` leaves out. */
  omitted: number;
};

/** The points an overview keeps of a long series (see HeadlineDTO.points); pure, in year order. */
export function condensePoints(points: TrendPoint[], publishedYears: number[], year: number): TrendPoint[] {
  const keep = new Set<number>([year, ...publishedYears]);
  if (points[0]) keep.add(points[0].year);
  const before = points.filter((p) => p.year < year).at(-1);
  if (before) keep.add(before.year);
  return points.filter((p) => keep.has(p.year));
}

/** One measure per question, option and subgroup, in question bank order. */
export function publishedMeasures(bank: BankQuestionRef[]): Omit<HeadlineDTO, "points" | "omitted">[] {
  const out = new Map<string, Omit<HeadlineDTO, "points" | "omitted">>();
  for (const q of bank) {
    for (const f of q.published ?? []) {
      const subgroup = f.subgroup ? "large" : null;
      const id = `${q.key}|${f.option}|${subgroup ?? ""}`;
      const m = out.get(id) ?? { questionKey: q.key, option: f.option, subgroup, published: [] };
      m.published.push({ round: f.round, percent: f.percent ?? null, atLeast: f.percent_min ?? null });
      out.set(id, m);
    }
  }
  return [...out.values()];
}

/** The "large" group of a breakdown as a round result for one question, for pointFor. */
function largeRound(round: RoundResultsWithStatusDTO, large: BreakdownDTO | undefined): RoundResultsWithStatusDTO | null {
  const g = large?.groups.find((x) => x.key === "large");
  if (!g) return null;
  const questions = g.questions
    .filter((q) => !q.suppressed)
    .map((q) => ({ key: q.key, type: "single" as const, n: q.n, options: q.options.map((o) => ({ key: o.key, count: o.count ?? 0, share: o.share ?? 0 })) }));
  return { ...round, responseRate: g.gidsMunicipalities > 0 ? g.respondents / g.gidsMunicipalities : 0, questions };
}

/**
 * The headline figures as of `year`: per measure the closed rounds before it and the round itself.
 * `large` holds the "large municipalities" breakdown per round year (for the subgroup measure).
 */
export function headlineFigures(
  bank: BankQuestionRef[],
  rounds: RoundResultsWithStatusDTO[],
  year: number,
  large: Record<number, BreakdownDTO>,
): HeadlineDTO[] {
  const shown = rounds.filter((r) => r.year === year || (r.year < year && r.status === "CLOSED")).sort((a, b) => a.year - b.year);
  return publishedMeasures(bank).map((m) => {
    const all = shown
      .map((r) => (m.subgroup ? largeRound(r, large[r.year]) : r))
      .map((r) => (r ? pointFor(r, m.questionKey, m.option) : null))
      .filter((p): p is TrendPoint => p !== null);
    const points = condensePoints(all, m.published.map((p) => p.round), year);
    return { ...m, points, omitted: all.length - points.length };
  });
}

/** The latest closed round (the overview's default), else the latest round, else null. */
export function defaultYear(rounds: { year: number; status: string }[]): number | null {
  const closed = rounds.filter((r) => r.status === "CLOSED").map((r) => r.year);
  if (closed.length > 0) return Math.max(...closed);
  const all = rounds.map((r) => r.year);
  return all.length > 0 ? Math.max(...all) : null;
}
