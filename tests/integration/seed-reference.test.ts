import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadQuestionBank } from "@/prisma/seed/sources";
import { useTestDatabase as testDatabase } from "./helpers/db";

// Aliased: the React hooks lint rule mistakes a "use…" name for a hook.
const database = testDatabase("reference");
let client: pg.Client;
const one = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0] as T;
const count = async (table: string) => Number((await one<{ n: string }>(`select count(*) as n from ${table}`)).n);

beforeAll(async () => {
  client = new pg.Client({ connectionString: database.url() });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
});

describe("reference seed", () => {
  it("has the municipalities, provinces, GGD regions, tracks and pillars", async () => {
    expect(await count("municipality")).toBe(342);
    expect(await count("province")).toBe(12);
    expect(await count("ggd_region")).toBe(25);
    expect(await count("track")).toBe(5);
    expect(await count("pillar")).toBe(8);
    const m = await one<{ name: string; population: number; population_date: string; is_gids: boolean }>(
      "select name, population, population_date::text, is_gids from municipality where slug = 'sudwest-fryslan'",
    );
    expect(m).toEqual({ name: "Súdwest-Fryslân", population: 90521, population_date: "2026-01-01", is_gids: false });
    expect(await one("select string_agg(code, ',' order by number) as codes from pillar")).toEqual({
      codes: "CITIZENS_MAIN_ACTORS,DIFFERENTIATION,ADMINISTRATIVE_COMMITMENT,PROCESS_AND_CONTENT,MONITORING,SYNERGY_CIRCUITS,PUBLIC_PRIVATE,SOCIAL_MARKETING",
    });
  });

  it("has the whole question bank with options, conditions and round links", async () => {
    const bank = loadQuestionBank();
    expect(await count("question_section")).toBe(bank.sections.length);
    expect(await count("question")).toBe(bank.questions.length);
    const likert = bank.questions.filter((q) => q.type === "likert_help").length;
    expect(await count("question_option")).toBe(bank.questions.reduce((s, q) => s + (q.options?.length ?? 0), 0) + 3 * likert);
    const conditions = (await client.query("select key, condition_key from question where condition_key is not null order by key")).rows;
    expect(conditions).toEqual([
      { key: "anchoring.methods", condition_key: "anchoring.attention" },
      { key: "monitoring.levels", condition_key: "monitoring.attention" },
      { key: "residents.methods", condition_key: "residents.low_ses_involved" },
    ]);
    expect(await one("select required from question where key = 'reflection.proud_of'")).toEqual({ required: false });
    const rounds = (await client.query(
      "select r.year, r.status::text, count(rq.*)::int as questions from survey_round r left join round_question rq on rq.round_id = r.id group by r.year, r.status order by r.year",
    )).rows;
    const asked = (y: number) => bank.questions.filter((q) => q.rounds.includes(y)).length;
    expect(rounds).toEqual([
      { year: 2015, status: "CLOSED", questions: asked(2015) },
      { year: 2019, status: "CLOSED", questions: asked(2019) },
      { year: 2021, status: "CLOSED", questions: asked(2021) },
      { year: 2026, status: "OPEN", questions: bank.questions.length },
    ]);
  });

  it("has no demo data", async () => {
    expect(await count("app_user")).toBe(0);
    expect(await count("survey_response")).toBe(0);
    expect(await count("municipality where is_gids")).toBe(0);
  });
});
