import { describe, expect, it } from "vitest";
import { assignBoolean, assignLikert, assignMulti, countForPercent, countsForPercent, rank, type Unit } from "@/prisma/seed/calibration";
import { buildDemoContext } from "@/prisma/seed/demo-context";
import { loadQuestionBank } from "@/prisma/seed/sources";
import { LARGE_POPULATION, planAnswers, type AnswerValue, type RoundPlan } from "@/prisma/seed/survey-plan";

const units = (n: number): Unit[] => Array.from({ length: n }, (_, i) => ({ code: `GM${String(i + 1).padStart(4, "0")}`, population: 5_000 + ((i * 7919) % 400_000) }));

const choicesOf = (v: AnswerValue | undefined) => (v && "choices" in v ? v.choices : []);
const boolOf = (v: AnswerValue | undefined) => (v && "bool" in v ? v.bool : undefined);

/** Counts a plan the way the SQL does: n = units that answered, count = units choosing the option. */
function tally(plan: RoundPlan, key: string, only?: (code: string) => boolean): { n: number; count: (option: string) => number } {
  const answers = [...plan].filter(([code]) => !only || only(code)).map(([, a]) => a.get(key)).filter((v) => v !== undefined);
  const count = (option: string) =>
    answers.filter((v) => {
      if ("bool" in v) return (option === "yes") === v.bool;
      if ("choices" in v) return option === "HELPED_OR_STRONGLY" ? v.choices.some((c) => c === "HELPED" || c === "STRONGLY_HELPED") : v.choices.includes(option);
      return false;
    }).length;
  return { n: answers.length, count };
}

describe("counts for published percentages", () => {
  it("finds the count nearest to the percentage that rounds to it", () => {
    expect(countForPercent(104, 67)).toBe(70);
    expect(countForPercent(105, 95)).toBe(100);
    expect(countForPercent(100, 50)).toBe(50);
    expect(Math.round((100 * countForPercent(105, 78)) / 105)).toBe(78);
  });

  it("knows when no count rounds to a percentage", () => {
    expect(countsForPercent(99, 50)).toEqual([]);
    expect(() => countForPercent(99, 50)).toThrow(/no count/);
    expect(countsForPercent(155, 67)).toEqual([104]);
  });
});

describe("assigning answers", () => {
  it("gives exactly k units a yes, favouring larger ones, and the same way every time", () => {
    const us = units(120);
    const a = assignBoolean(us, 37, "t", 0.8);
    expect([...a.values()].filter(Boolean)).toHaveLength(37);
    expect(assignBoolean(us, 37, "t", 0.8)).toEqual(a);
    const yesPop = us.filter((u) => a.get(u.code)).reduce((s, u) => s + u.population, 0) / 37;
    const noPop = us.filter((u) => !a.get(u.code)).reduce((s, u) => s + u.population, 0) / 83;
    expect(yesPop).toBeGreaterThan(noPop);
  });

  it("ranks differently for different seeds", () => {
    const us = units(50);
    expect(rank(us, "a", 0).map((u) => u.code)).not.toEqual(rank(us, "b", 0).map((u) => u.code));
  });

  it("hits every option count exactly and leaves no answer empty when asked", () => {
    const us = units(100);
    const quotas = [
      { option: "ACTIVITIES", count: 50, sizeWeight: 0.5 },
      { option: "PROCESS", count: 22, sizeWeight: 0.5 },
      { option: "HEALTH_EFFECTS", count: 34, sizeWeight: 0.5 },
    ];
    const m = assignMulti(us, quotas, "levels", true);
    for (const q of quotas) expect([...m.values()].filter((c) => c.includes(q.option))).toHaveLength(q.count);
    expect([...m.values()].every((c) => c.length > 0)).toBe(true);
    expect(() => assignMulti(us, [{ option: "A", count: 60, sizeWeight: 0 }, { option: "B", count: 30, sizeWeight: 0 }], "x", true)).toThrow();
  });

  it("splits likert answers into strongly helped, helped and not helped", () => {
    const m = assignLikert(units(105), 101, 32, "l", 0);
    const v = [...m.values()];
    expect(v.filter((x) => x === "STRONGLY_HELPED")).toHaveLength(32);
    expect(v.filter((x) => x === "HELPED")).toHaveLength(69);
    expect(v.filter((x) => x === "NOT_HELPED")).toHaveLength(4);
  });
});

describe("the demo's closed rounds", () => {
  const ctx = buildDemoContext();
  const bank = loadQuestionBank();
  const population = new Map(ctx.gids.map((m) => [m.code, m.population]));

  it("reproduces every published figure", () => {
    let checked = 0;
    for (const q of bank.questions) {
      for (const f of q.published ?? []) {
        const { plan } = ctx.closed.get(f.round)!;
        const only = f.subgroup ? (code: string) => population.get(code)! >= LARGE_POPULATION : undefined;
        const { n, count } = tally(plan, q.key, only);
        const pct = Math.round((100 * count(f.option)) / n);
        if (f.percent !== undefined) expect(pct, `${q.key} ${f.option} ${f.round}`).toBe(f.percent);
        else expect(pct).toBeGreaterThanOrEqual(f.percent_min!);
        checked++;
      }
    }
    expect(checked).toBe(bank.questions.flatMap((q) => q.published ?? []).length);
  });

  it("has the published 2021 response rate", () => {
    expect(ctx.gids).toHaveLength(156);
    expect(Math.round((100 * ctx.closed.get(2021)!.respondents.size) / ctx.gids.length)).toBe(67);
  });

  it("answers every question a respondent is asked, and conditional ones only after a yes", () => {
    for (const [year, { plan }] of ctx.closed) {
      for (const [, a] of plan) {
        for (const q of bank.questions.filter((x) => x.rounds.includes(year) && x.type !== "text")) {
          const cond = { "monitoring.levels": "monitoring.attention", "anchoring.methods": "anchoring.attention", "residents.methods": "residents.low_ses_involved" }[q.key];
          if (cond) {
            expect(a.has(q.key)).toBe(boolOf(a.get(cond)) === true);
            if (a.has(q.key)) expect(choicesOf(a.get(q.key)).length).toBeGreaterThan(0);
          } else expect(a.has(q.key), `${year} ${q.key}`).toBe(true);
        }
        expect(choicesOf(a.get("approach.tracks")).length).toBeGreaterThan(0);
      }
    }
  });

  it("lets larger municipalities cover more tracks", () => {
    const { plan } = ctx.closed.get(2021)!;
    const avg = (pred: (p: number) => boolean) => {
      const xs = [...plan].filter(([c]) => pred(population.get(c)!)).map(([, a]) => choicesOf(a.get("approach.tracks")).length);
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    };
    expect(avg((p) => p >= 100_000)).toBeGreaterThan(avg((p) => p < 50_000));
  });

  it("is deterministic", () => {
    const again = buildDemoContext();
    for (const year of [2015, 2019, 2021]) expect(again.closed.get(year)).toEqual(ctx.closed.get(year));
    expect(again.open2026).toEqual(ctx.open2026);
    expect(planAnswers(2026, ctx.gids.slice(0, 20), false)).toEqual(planAnswers(2026, ctx.gids.slice(0, 20), false));
  });
});
