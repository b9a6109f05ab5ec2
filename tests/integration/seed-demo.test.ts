import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NAMED_MUNICIPALITIES } from "@/prisma/seed/gids";
import { useTestDatabase as testDatabase } from "./helpers/db";

// Aliased: the React hooks lint rule mistakes a "use…" name for a hook.
const database = testDatabase("demo");
let client: pg.Client;
const rows = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[];
const value = async (sql: string, params: unknown[] = []) => Number(Object.values((await rows(sql, params))[0]!)[0]);

beforeAll(async () => {
  client = new pg.Client({ connectionString: database.url() });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
});

describe("demo municipalities and people", () => {
  it("has about 155 GIDS municipalities including every named one and every one of 100,000+", async () => {
    const gids = await value("select count(*) from municipality where is_gids");
    expect(gids).toBeGreaterThanOrEqual(150);
    expect(gids).toBeLessThanOrEqual(160);
    const named = await value("select count(*) from municipality where is_gids and name = any($1)", [[...NAMED_MUNICIPALITIES]]);
    expect(named).toBe(NAMED_MUNICIPALITIES.length);
    expect(await value("select count(*) from municipality where population >= 100000 and not is_gids")).toBe(0);
  });

  it("gives each adviser 15–20 municipalities and each GIDS municipality exactly one current adviser", async () => {
    const perAdviser = await rows<{ n: number }>(
      "select count(a.*)::int as n from app_user u left join adviser_assignment a on a.adviser_id = u.id and a.valid_to is null where u.role = 'ADVISER' group by u.id",
    );
    expect(perAdviser).toHaveLength(8);
    for (const { n } of perAdviser) expect(n >= 15 && n <= 20, `adviser with ${n}`).toBe(true);
    expect(
      await value("select count(*) from municipality m where m.is_gids and (select count(*) from adviser_assignment a where a.municipality_code = m.code and a.valid_to is null) <> 1"),
    ).toBe(0);
  });

  it("has a current civil servant per GIDS municipality, and some recent turnover", async () => {
    expect(
      await value(`select count(*) from municipality m where m.is_gids and not exists (
        select 1 from membership s join app_user u on u.id = s.user_id
        where s.municipality_code = m.code and s.valid_to is null and u.email = m.slug || '@gezondin.example' and u.role = 'CIVIL_SERVANT')`),
    ).toBe(0);
    expect(await value("select count(*) from membership where valid_to between date '2025-11-25' and date '2026-11-25'")).toBeGreaterThan(2);
    const staff = await rows("select email, role::text from app_user where role <> 'CIVIL_SERVANT' order by email");
    expect(staff.map((s) => s.email)).toContain("admin@gezondin.example");
    expect(staff.map((s) => s.email)).toContain("vws@gezondin.example");
    expect(staff.filter((s) => s.role === "ADVISER")).toHaveLength(8);
    expect(await value("select count(distinct password_hash) from app_user")).toBe(1);
  });
});

describe("questionnaire answers are consistent", () => {
  it.each([
    ["monitoring.levels", "monitoring.attention"],
    ["anchoring.methods", "anchoring.attention"],
    ["residents.methods", "residents.low_ses_involved"],
  ])("%s is answered only after a yes on %s, and never empty", async (dependent, condition) => {
    expect(
      await value(
        `select count(*) from answer d where d.question_key = $1 and not exists (
          select 1 from answer c where c.response_id = d.response_id and c.question_key = $2 and c.value_bool)`,
        [dependent, condition],
      ),
    ).toBe(0);
    expect(await value("select count(*) from answer d where d.question_key = $1 and not exists (select 1 from answer_choice c where c.answer_id = d.id)", [dependent])).toBe(0);
  });

  it("has every respondent of a closed round answer every unconditional question", async () => {
    const missing = await value(`
      select count(*) from survey_response s
      join survey_round r on r.id = s.round_id and r.status = 'CLOSED'
      join round_question rq on rq.round_id = r.id
      join question q on q.key = rq.question_key and q.type <> 'TEXT' and q.condition_key is null
      where s.status = 'ACCEPTED' and not exists (select 1 from answer a where a.response_id = s.id and a.question_key = q.key)`);
    expect(missing).toBe(0);
    expect(await value("select count(*) from survey_response s join survey_round r on r.id = s.round_id where r.status = 'CLOSED' and s.status <> 'ACCEPTED'")).toBe(0);
    expect(
      await value("select count(*) from survey_response s join survey_round r on r.id = s.round_id where s.submitted_at is not null and (s.submitted_at::date < r.opens_at or s.submitted_at::date > r.closes_at)"),
    ).toBe(0);
  });

  it("puts the open round's demo municipalities where the journeys expect them", async () => {
    const status = async (slug: string) =>
      (await rows<{ status: string }>("select s.status::text from survey_response s join survey_round r on r.id = s.round_id join municipality m on m.code = s.municipality_code where r.year = 2026 and m.slug = $1", [slug]))[0]?.status;
    expect(await status("helmond")).toBe("SUBMITTED");
    expect(await status("emmen")).toBe("DRAFT");
    expect([undefined, "NOT_STARTED"]).toContain(await status("utrecht"));
    const mix = await rows<{ status: string; n: number }>("select s.status::text, count(*)::int as n from survey_response s join survey_round r on r.id = s.round_id where r.year = 2026 group by 1");
    expect(mix.map((m) => m.status).sort()).toEqual(["ACCEPTED", "DRAFT", "NOT_STARTED", "RETURNED", "SUBMITTED"]);
    expect(await value("select count(*) from survey_response s where s.status = 'RETURNED' and not exists (select 1 from review_comment c where c.response_id = s.id)")).toBe(0);
    expect(await value("select count(*) from survey_response s where s.status = 'DRAFT' and exists (select 1 from answer a where a.response_id = s.id)")).toBeGreaterThan(0);
  });
});

describe("approaches, initiatives and advice", () => {
  it("logs a 2021 and a 2026 approach for every GIDS municipality, matching the 2021 answers", async () => {
    expect(await value("select count(*) from municipality m where m.is_gids and (select count(*) from approach a where a.municipality_code = m.code and a.year in (2021, 2026)) <> 2")).toBe(0);
    const mismatches = await value(`
      select count(*) from approach a
      join survey_round r on r.year = a.year
      join survey_response s on s.round_id = r.id and s.municipality_code = a.municipality_code
      where a.year = 2021 and (
        a.low_ses_involved is distinct from (select value_bool from answer x where x.response_id = s.id and x.question_key = 'residents.low_ses_involved')
        or a.stage::text is distinct from (select c.option_key from answer x join answer_choice c on c.answer_id = x.id where x.response_id = s.id and x.question_key = 'approach.stage')
        or array(select t.track_code::text from approach_track t where t.approach_id = a.id order by 1)
           <> array(select c.option_key from answer x join answer_choice c on c.answer_id = x.id where x.response_id = s.id and x.question_key = 'approach.tracks' order by 1)
      )`);
    expect(mismatches).toBe(0);
    expect(await value("select count(*) from approach where year = 2026 and updated_at < timestamptz '2026-05-25'")).toBeGreaterThan(5);
    expect(await value("select count(*) from approach where year = 2026 and updated_at >= timestamptz '2026-05-25'")).toBeGreaterThan(50);
    expect(await value("select count(*) from approach a where (select count(*) from approach_pillar p where p.approach_id = a.id) <> 8")).toBe(0);
  });

  it("has 3–12 initiatives per GIDS municipality, each with a track", async () => {
    const counts = await rows<{ n: number }>("select count(i.*)::int as n from municipality m left join initiative i on i.municipality_code = m.code where m.is_gids group by m.code");
    for (const { n } of counts) expect(n >= 3 && n <= 12, `${n} initiatives`).toBe(true);
    expect(await value("select count(*) from initiative i where not exists (select 1 from initiative_track t where t.initiative_id = i.id)")).toBe(0);
    expect(await value("select count(*) from initiative where title = 'Voedselapotheek Schothorst' and municipality_code = 'GM0307'")).toBe(1);
    expect(await value("select count(distinct status) from initiative")).toBe(5);
  });

  it("has advice by the assigned adviser with some overdue follow-ups", async () => {
    expect(await value("select count(distinct municipality_code) from advice_entry")).toBeGreaterThan(80);
    expect(
      await value("select count(*) from advice_entry e where not exists (select 1 from adviser_assignment a where a.municipality_code = e.municipality_code and a.adviser_id = e.adviser_id and a.valid_to is null)"),
    ).toBe(0);
    expect(await value("select count(*) from follow_up where done_at is null and due_date < date '2026-11-25'")).toBeGreaterThan(0);
  });
});
