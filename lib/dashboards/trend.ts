// Figures of one question and option across survey rounds. Pure.
import type { RoundResultsWithStatusDTO } from "./types";

export type TrendPoint = {
  year: number;
  count: number;
  /** Respondents that answered the question in that round. */
  n: number;
  share: number;
  /** The round's response rate (respondents / GIDS municipalities). */
  responseRate: number;
  /** The round is still open: the figure can change. */
  provisional: boolean;
};
export type TrendSeries = { key: string; points: TrendPoint[] };

/** The point of one option in one round, or null when the question was not asked (or nobody answered). */
export function pointFor(round: RoundResultsWithStatusDTO, questionKey: string, optionKey: string): TrendPoint | null {
  const q = round.questions.find((x) => x.key === questionKey);
  const o = q?.options.find((x) => x.key === optionKey);
  if (!q || !o || q.n === 0) return null;
  return { year: round.year, count: o.count, n: q.n, share: o.share, responseRate: round.responseRate, provisional: round.status === "OPEN" };
}

/**
 * One series per option over the rounds (oldest first) up to `untilYear`, leaving out rounds in which the
 * question was not asked. Open rounds are included, marked provisional.
 */
export function questionTrend(rounds: RoundResultsWithStatusDTO[], questionKey: string, optionKeys: string[], untilYear = Infinity): TrendSeries[] {
  const inScope = rounds.filter((r) => r.year <= untilYear && r.status !== "DRAFT").sort((a, b) => a.year - b.year);
  return optionKeys.map((key) => ({
    key,
    points: inScope.map((r) => pointFor(r, questionKey, key)).filter((p): p is TrendPoint => p !== null),
  }));
}

/** Whether a trend is worth drawing: the question was answered in more than one round. */
export function hasTrend(series: TrendSeries[]): boolean {
  return series.some((s) => s.points.length > 1);
}

/** Change in percentage points from the first to the last point, rounded as shown (whole percent). */
export function changeInPoints(points: TrendPoint[]): number | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || first === last) return null;
  return Math.round(last.share * 100) - Math.round(first.share * 100);
}

/** The option keys a question's chart shows: "yes" for booleans, helped (and strongly) for likert, else all. */
export function chartedOptions(type: string, optionKeys: string[]): string[] {
  if (type === "boolean") return ["yes"];
  if (type === "likert_help") return ["HELPED_OR_STRONGLY", "STRONGLY_HELPED"];
  return optionKeys.filter((k) => k !== "HELPED_OR_STRONGLY");
}
