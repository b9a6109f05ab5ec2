// Pure calibration primitives: turn published percentages into counts, and hand out answers to
// municipalities deterministically so that counting rows reproduces exactly those counts.
// Ranking mixes size (larger municipalities cover more tracks, monitor more…) with seeded noise.
import { rng } from "./util";

export type Unit = { code: string; population: number };

/** All counts c in 0..n with Math.round(100·c/n) === percent, nearest to percent·n/100 first. */
export function countsForPercent(n: number, percent: number): number[] {
  const out: number[] = [];
  for (let c = 0; c <= n; c++) if (n > 0 && Math.round((100 * c) / n) === percent) out.push(c);
  const ideal = (percent * n) / 100;
  return out.sort((a, b) => Math.abs(a - ideal) - Math.abs(b - ideal) || a - b);
}

/** The count nearest to percent·n/100 that rounds to `percent`; throws when none does. */
export function countForPercent(n: number, percent: number): number {
  const c = countsForPercent(n, percent)[0];
  if (c === undefined) throw new Error(`no count of ${n} rounds to ${percent}%`);
  return c;
}

/** A count of n for a plain share (no exact target). */
export function countForShare(n: number, share: number): number {
  return Math.max(0, Math.min(n, Math.round(share * n)));
}

/** 0 (≈ 8,000 inhabitants) … 1 (≈ 800,000), on a log scale. */
export function sizeScore(population: number): number {
  return Math.max(0, Math.min(1, (Math.log10(Math.max(population, 1)) - 3.9) / 2));
}

/**
 * Units ordered best first by weight·size + (1−|weight|)·noise; a negative weight favours small ones.
 * `preferred` units come first (in their own score order).
 */
export function rank(units: readonly Unit[], seed: string, sizeWeight: number, preferred?: ReadonlySet<string>): Unit[] {
  const score = new Map(
    units.map((u) => {
      const noise = rng(`${seed}:${u.code}`).next();
      const s = sizeWeight * sizeScore(u.population) + (1 - Math.abs(sizeWeight)) * noise;
      return [u.code, s + (preferred?.has(u.code) ? 10 : 0)];
    }),
  );
  return [...units].sort((a, b) => score.get(b.code)! - score.get(a.code)! || a.code.localeCompare(b.code));
}

/** The codes of the top k units. */
export function pickTop(units: readonly Unit[], k: number, seed: string, sizeWeight: number, preferred?: ReadonlySet<string>): Set<string> {
  if (k < 0 || k > units.length) throw new Error(`cannot pick ${k} of ${units.length}`);
  return new Set(rank(units, seed, sizeWeight, preferred).slice(0, k).map((u) => u.code));
}

/** Exactly `k` of `units` get true, the best ranked. */
export function assignBoolean(units: readonly Unit[], k: number, seed: string, sizeWeight: number): Map<string, boolean> {
  const yes = pickTop(units, k, seed, sizeWeight);
  return new Map(units.map((u) => [u.code, yes.has(u.code)]));
}

/**
 * One option per unit; `counts` (best option first) must add up to units.length. The best ranked
 * units get the first option, and so on.
 */
export function assignSingle(
  units: readonly Unit[],
  counts: readonly { option: string; count: number }[],
  seed: string,
  sizeWeight: number,
): Map<string, string> {
  const total = counts.reduce((s, c) => s + c.count, 0);
  if (total !== units.length) throw new Error(`single: counts add up to ${total}, not ${units.length}`);
  const ordered = rank(units, seed, sizeWeight);
  const out = new Map<string, string>();
  let i = 0;
  for (const { option, count } of counts) for (let j = 0; j < count; j++) out.set(ordered[i++]!.code, option);
  return out;
}

/** Likert "did GezondIn help": `helped` units helped (of which `strongly` strongly), the rest NOT_HELPED. */
export function assignLikert(units: readonly Unit[], helped: number, strongly: number, seed: string, sizeWeight: number): Map<string, string> {
  if (strongly > helped) throw new Error("likert: strongly helped exceeds helped");
  return assignSingle(
    units,
    [
      { option: "STRONGLY_HELPED", count: strongly },
      { option: "HELPED", count: helped - strongly },
      { option: "NOT_HELPED", count: units.length - helped },
    ],
    seed,
    sizeWeight,
  );
}

export type MultiQuota = { option: string; count: number; sizeWeight: number };

/**
 * Each option goes to exactly `count` units (its best ranked). With `nonEmpty`, a unit left without
 * options takes one over from a unit holding two or more (the donor ranked lowest for that option),
 * which keeps every count exact. Options keep the order of `quotas`.
 */
export function assignMulti(units: readonly Unit[], quotas: readonly MultiQuota[], seed: string, nonEmpty: boolean): Map<string, string[]> {
  const held = new Map(units.map((u) => [u.code, new Set<string>()]));
  const ranks = new Map<string, string[]>();
  for (const q of quotas) {
    if (q.count > units.length) throw new Error(`multi: ${q.option} count ${q.count} exceeds ${units.length}`);
    const order = rank(units, `${seed}:${q.option}`, q.sizeWeight).map((u) => u.code);
    ranks.set(q.option, order);
    for (const code of order.slice(0, q.count)) held.get(code)!.add(q.option);
  }
  if (nonEmpty) {
    const total = quotas.reduce((s, q) => s + q.count, 0);
    if (total < units.length) throw new Error(`multi: ${total} choices cannot cover ${units.length} units`);
    for (const u of rank(units, `${seed}:repair`, 0)) {
      const mine = held.get(u.code)!;
      if (mine.size > 0) continue;
      const move = findDonor(quotas, ranks, held);
      if (!move) throw new Error("multi: no donor left to make every answer non-empty");
      held.get(move.donor)!.delete(move.option);
      mine.add(move.option);
    }
  }
  const order = new Map(quotas.map((q, i) => [q.option, i]));
  return new Map([...held].map(([code, set]) => [code, [...set].sort((a, b) => order.get(a)! - order.get(b)!)]));
}

function findDonor(
  quotas: readonly MultiQuota[],
  ranks: Map<string, string[]>,
  held: Map<string, Set<string>>,
): { donor: string; option: string } | undefined {
  // Prefer the option with the most holders, then its lowest-ranked holder that keeps ≥1 option.
  const byCount = [...quotas].sort((a, b) => b.count - a.count || a.option.localeCompare(b.option));
  for (const q of byCount) {
    const order = ranks.get(q.option)!;
    for (let i = order.length - 1; i >= 0; i--) {
      const code = order[i]!;
      const set = held.get(code)!;
      if (set.has(q.option) && set.size >= 2) return { donor: code, option: q.option };
    }
  }
  return undefined;
}
