import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadQuestionBank } from "@/prisma/seed/sources";
import { getRoundResults } from "@/lib/surveys/results";
import type { RoundResultsDTO } from "@/lib/surveys/types";
import { useTestDatabase as testDatabase } from "./helpers/db";

// Aliased: the React hooks lint rule mistakes a "use…" name for a hook.
const database = testDatabase("demo");
const bank = loadQuestionBank();
let client: pg.Client;
const results = new Map<number, RoundResultsDTO>();

beforeAll(async () => {
  client = new pg.Client({ connectionString: database.url() });
  await client.connect();
  for (const year of [2015, 2019, 2021, 2026]) results.set(year, (await getRoundResults(year))!);
});
afterAll(async () => {
  await client?.end();
});

describe("getRoundResults reproduces the published figures", () => {
  const figures = bank.questions.flatMap((q) => (q.published ?? []).filter((f) => !f.subgroup).map((f) => ({ q, f })));

  it.each(figures.map(({ q, f }) => [`${f.round} ${q.key} ${f.option}`, q.key, f] as const))("%s", (_label, key, f) => {
    const question = results.get(f.round)!.questions.find((x) => x.key === key)!;
    const option = question.options.find((o) => o.key === f.option)!;
    expect(option.count).toBeGreaterThan(0);
    const pct = Math.round(option.share * 100);
    if (f.percent !== undefined) expect(pct).toBe(f.percent);
    else expect(pct).toBeGreaterThanOrEqual(f.percent_min!);
  });

  it("has the published response rate", () => {
    for (const p of bank.response.published) expect(Math.round(results.get(p.round)!.responseRate * 100)).toBe(p.response_rate_percent);
    const r = results.get(2021)!;
    expect(r.gidsMunicipalities).toBeGreaterThanOrEqual(150);
    expect(r.responseRate).toBeCloseTo(r.respondents / r.gidsMunicipalities);
  });

  it("has the published share of large municipalities involving low-SES residents", async () => {
    const sub = bank.questions.flatMap((q) => (q.published ?? []).map((f) => ({ q, f }))).filter(({ f }) => f.subgroup);
    expect(sub.length).toBeGreaterThan(0);
    for (const { q, f } of sub) {
      const { rows } = await client.query(
        `select count(*) filter (where a.value_bool = ($3 = 'yes'))::int as k, count(*)::int as n
         from answer a
         join survey_response s on s.id = a.response_id and s.status in ('SUBMITTED', 'ACCEPTED')
         join survey_round r on r.id = s.round_id and r.year = $1
         join municipality m on m.code = s.municipality_code and m.population >= 100000
         where a.question_key = $2 and a.value_bool is not null`,
        [f.round, q.key, f.option],
      );
      expect(rows[0].n).toBeGreaterThan(0);
      expect(Math.round((100 * rows[0].k) / rows[0].n)).toBe(f.percent);
    }
  });
});

describe("getRoundResults", () => {
  it("returns null for a round that does not exist", async () => {
    expect(await getRoundResults(1999)).toBeNull();
  });

  it("lists the round's questions in order with n and options by type", async () => {
    const r = results.get(2021)!;
    const asked = bank.questions.filter((q) => q.rounds.includes(2021)).map((q) => q.key);
    expect(r.questions.map((q) => q.key)).toEqual(asked);
    const byKey = new Map(r.questions.map((q) => [q.key, q]));
    expect(byKey.get("monitoring.attention")!.options.map((o) => o.key)).toEqual(["yes", "no"]);
    expect(byKey.get("support.integrated_approach")!.options.map((o) => o.key)).toEqual(["NOT_HELPED", "HELPED", "STRONGLY_HELPED", "HELPED_OR_STRONGLY"]);
    expect(byKey.get("reflection.proud_of")).toMatchObject({ type: "text", options: [] });
    expect(byKey.get("reflection.proud_of")!.n).toBeGreaterThan(0);
    expect(byKey.get("approach.tracks")!.n).toBe(r.respondents);
    // A conditional question's n is the number that said yes to its condition.
    const yes = byKey.get("monitoring.attention")!.options.find((o) => o.key === "yes")!.count;
    expect(byKey.get("monitoring.levels")!.n).toBe(yes);
    expect(typeof r.respondents).toBe("number");
  });

  it("counts only submitted and accepted responses as respondents", async () => {
    const { rows } = await client.query(
      "select count(*)::int as n from survey_response s join survey_round r on r.id = s.round_id where r.year = 2026 and s.status in ('SUBMITTED', 'ACCEPTED')",
    );
    const r = results.get(2026)!;
    expect(r.respondents).toBe(rows[0].n);
    expect(r.questions).toHaveLength(bank.questions.length);
    const drafts = await client.query("select count(*)::int as n from survey_response s join survey_round r on r.id = s.round_id where r.year = 2026 and s.status = 'DRAFT'");
    expect(drafts.rows[0].n).toBeGreaterThan(0);
    expect(r.questions.find((q) => q.key === "approach.tracks")!.n).toBe(r.respondents);
  });
});
