// Plans every municipality's answers for a round (pure). For closed rounds the published figures of
// questionnaire.json become exact counts (calibration.ts); the rest follows survey-defaults.ts.
import { assignBoolean, assignLikert, assignMulti, assignSingle, countForPercent, countForShare, countsForPercent, pickTop, rank, type Unit } from "./calibration";
import { CONDITIONS, OPEN_ROUND, loadQuestionBank, optionsOf, type BankQuestion, type PublishedFigure } from "./sources";
import { PROUD_OF_TEXTS, defaultsFor } from "./survey-defaults";
import { rng } from "./util";

export type AnswerValue = { bool: boolean } | { choices: string[] } | { text: string };
export type RoundPlan = Map<string, Map<string, AnswerValue>>;

/** "Large municipalities" in the published subgroup figure. */
export const LARGE_POPULATION = 100_000;
/** Response rates of rounds without a published one. */
export const RESPONSE_RATES: Record<number, number> = { 2015: 0.72, 2019: 0.78 };

export function questionsAsked(year: number): BankQuestion[] {
  return loadQuestionBank().questions.filter((q) => year === OPEN_ROUND || q.rounds.includes(year));
}

const isYes = (v: AnswerValue | undefined) => v !== undefined && "bool" in v && v.bool;

/** Exact count for a published figure, else the default share. percent_min targets one point above. */
function target(n: number, figure: PublishedFigure | undefined, share: number): number {
  if (figure?.percent !== undefined) return countForPercent(n, figure.percent);
  if (figure?.percent_min !== undefined) return countForPercent(n, figure.percent_min + 1);
  return countForShare(n, share);
}

/** Splits n over options: fixed counts first, the rest by share (largest remainder). */
function distribute(n: number, shares: Record<string, number>, fixed: Map<string, number>): { option: string; count: number }[] {
  const free = Object.keys(shares).filter((o) => !fixed.has(o));
  const rest = n - [...fixed.values()].reduce((s, c) => s + c, 0);
  if (rest < 0) throw new Error("distribute: fixed counts exceed n");
  const weight = free.reduce((s, o) => s + shares[o]!, 0);
  const raw = free.map((o) => ({ o, x: weight > 0 ? (rest * shares[o]!) / weight : o === free[0] ? rest : 0 }));
  const counts = new Map(raw.map(({ o, x }) => [o, Math.floor(x)]));
  let left = rest - [...counts.values()].reduce((s, c) => s + c, 0);
  for (const { o } of [...raw].sort((a, b) => (b.x % 1) - (a.x % 1) || a.o.localeCompare(b.o))) {
    if (left-- <= 0) break;
    counts.set(o, counts.get(o)! + 1);
  }
  return Object.keys(shares).map((option) => ({ option, count: fixed.get(option) ?? counts.get(option)! }));
}

type Ctx = { year: number; seed: string; figures: PublishedFigure[]; calibrate: boolean };

function planBoolean(q: BankQuestion, units: Unit[], { year, seed, figures, calibrate }: Ctx): Map<string, boolean> {
  const d = defaultsFor(q.key, year);
  const n = units.length;
  const yesFig = figures.find((f) => f.option === "yes" && !f.subgroup);
  const noFig = figures.find((f) => f.option === "no" && !f.subgroup);
  const k = yesFig || !noFig ? target(n, yesFig, d.yes ?? 0.5) : n - target(n, noFig, 0);
  if (noFig?.percent !== undefined && Math.round((100 * (n - k)) / n) !== noFig.percent) throw new Error(`${q.key}: "no" misses ${noFig.percent}%`);
  const sub = calibrate ? figures.find((f) => f.subgroup && f.option === "yes") : undefined;
  if (!sub) return assignBoolean(units, k, seed, d.sizeWeight);
  const large = units.filter((u) => u.population >= LARGE_POPULATION);
  const small = units.filter((u) => u.population < LARGE_POPULATION);
  const kLarge = target(large.length, sub, 0);
  if (k - kLarge < 0 || k - kLarge > small.length) throw new Error(`${q.key}: subgroup split impossible`);
  return new Map([...assignBoolean(large, kLarge, seed, d.sizeWeight), ...assignBoolean(small, k - kLarge, seed, d.sizeWeight)]);
}

function planChoices(q: BankQuestion, units: Unit[], { year, seed, figures, calibrate }: Ctx): Map<string, string[]> {
  const d = defaultsFor(q.key, year);
  const n = units.length;
  const fig = (option: string) => figures.find((f) => f.option === option && !f.subgroup);
  if (q.type === "likert_help") {
    const helped = target(n, fig("HELPED_OR_STRONGLY"), d.helped ?? 0.9);
    const m = assignLikert(units, helped, target(n, fig("STRONGLY_HELPED"), d.strongly ?? 0.2), seed, d.sizeWeight);
    return new Map([...m].map(([c, o]) => [c, [o]]));
  }
  const shares = d.options ?? {};
  if (q.type === "single") {
    const fixed = new Map(Object.keys(shares).flatMap((o) => (fig(o) ? [[o, target(n, fig(o), 0)] as const] : [])));
    const m = assignSingle(units, distribute(n, shares, fixed), seed, d.sizeWeight);
    return new Map([...m].map(([c, o]) => [c, [o]]));
  }
  const quotas = optionsOf(q).map((o) => ({ option: o.key, count: target(n, fig(o.key), shares[o.key] ?? 0), sizeWeight: d.sizeWeight }));
  if (d.nonEmpty && !calibrate) {
    // Small uncalibrated groups: round up the most common option until every unit can get one.
    const top = [...quotas].sort((a, b) => (shares[b.option] ?? 0) - (shares[a.option] ?? 0))[0]!;
    while (quotas.reduce((s, x) => s + x.count, 0) < n && top.count < n) top.count++;
  }
  return assignMulti(units, quotas, seed, d.nonEmpty ?? false);
}

function planText(q: BankQuestion, units: Unit[], { year, seed }: Ctx): Map<string, string> {
  const d = defaultsFor(q.key, year);
  const writers = pickTop(units, countForShare(units.length, d.answerShare ?? 0.5), seed, d.sizeWeight);
  return new Map([...writers].map((code) => [code, rng(`${seed}:${code}`).pick(PROUD_OF_TEXTS)]));
}

/** Answers of `units` for the round; with `calibrate` the published figures are hit exactly. */
export function planAnswers(year: number, units: readonly Unit[], calibrate: boolean): RoundPlan {
  const plan: RoundPlan = new Map(units.map((u) => [u.code, new Map<string, AnswerValue>()]));
  for (const q of questionsAsked(year)) {
    const cond = CONDITIONS[q.key];
    const applicable = cond ? units.filter((u) => isYes(plan.get(u.code)!.get(cond))) : [...units];
    const figures = calibrate ? (q.published ?? []).filter((f) => f.round === year) : [];
    // The ranking seed leaves out the year, so a municipality keeps its place from round to round
    // (a stage or a track, once reached, is mostly kept as the shares grow).
    const ctx: Ctx = { year, seed: q.key, figures, calibrate };
    const put = (code: string, v: AnswerValue) => plan.get(code)!.set(q.key, v);
    if (applicable.length === 0) continue;
    if (q.type === "boolean") for (const [c, v] of planBoolean(q, applicable, ctx)) put(c, { bool: v });
    else if (q.type === "text") for (const [c, v] of planText(q, applicable, ctx)) put(c, { text: v });
    else for (const [c, v] of planChoices(q, applicable, ctx)) put(c, { choices: v });
  }
  return plan;
}

/**
 * Picks the respondents of a closed round and plans their answers. The number of respondents (and of
 * large ones, for the subgroup figure) is searched among the counts that round to the published rates
 * until every published figure is reachable.
 */
export function planClosedRound(year: number, gids: readonly Unit[], preferred: ReadonlySet<string>): { respondents: Unit[]; plan: RoundPlan } {
  const G = gids.length;
  const rate = loadQuestionBank().response.published.find((p) => p.round === year)?.response_rate_percent;
  const rCandidates = rate !== undefined ? countsForPercent(G, rate) : [countForShare(G, RESPONSE_RATES[year] ?? 0.7)];
  const sub = questionsAsked(year)
    .flatMap((q) => q.published ?? [])
    .find((f) => f.round === year && f.subgroup);
  const large = rank(gids.filter((u) => u.population >= LARGE_POPULATION), `${year}:respond`, 0.3, preferred);
  const small = rank(gids.filter((u) => u.population < LARGE_POPULATION), `${year}:respond`, 0.3, preferred);
  const errors: string[] = [];
  for (const R of rCandidates) {
    const ideal = (R * large.length) / G + 1;
    const lCandidates = sub
      ? Array.from({ length: large.length + 1 }, (_, L) => L)
          .filter((L) => R - L >= 0 && R - L <= small.length && L > 0 && countsForPercent(L, sub.percent!).length > 0)
          .sort((a, b) => Math.abs(a - ideal) - Math.abs(b - ideal) || a - b)
      : [undefined];
    for (const L of lCandidates) {
      const respondents =
        L === undefined ? rank(gids, `${year}:respond`, 0.3, preferred).slice(0, R) : [...large.slice(0, L), ...small.slice(0, R - L)];
      try {
        return { respondents, plan: planAnswers(year, respondents, true) };
      } catch (e) {
        errors.push(`R=${R} L=${L}: ${(e as Error).message}`);
      }
    }
  }
  throw new Error(`round ${year}: published figures cannot be reproduced with ${G} GIDS municipalities\n${errors.join("\n")}`);
}
