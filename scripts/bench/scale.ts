// The scaled data set for `npm run bench`: ten times the demo data, generated set-based in PostgreSQL on
// top of a freshly seeded demo database (so the demo accounts sign in there too). Not demo data: nothing
// here is calibrated; it only has the size and shape that stress the queries.
//   - every current municipality (342) is a GIDS municipality, spread over the 8 advisers;
//   - 10 survey rounds with the full question bank, every round answered by every municipality;
//   - 100 initiatives per municipality (34,200) with tracks, pillars and partners;
//   - approaches for every municipality and year, 20 advice entries each with follow-ups, 200,000 audit events.
import pg from "pg";

export const SCALE = { rounds: 10, initiativesPerMunicipality: 100, adviceEntriesPerMunicipality: 20, auditEvents: 200_000 } as const;

/** The extra closed rounds that make ten with the demo's 2015, 2019, 2021 and 2026. */
const EXTRA_YEARS = [2016, 2017, 2018, 2020, 2022, 2023];

// A deterministic pseudo-random number in [0, n) from any text: keeps the data the same on every run.
const H = (expr: string, n: number) => `(abs(hashtext(${expr})::bigint) % ${n})::int`;

const STEPS: { label: string; sql: string }[] = [
  {
    label: "all municipalities GIDS, spread over the advisers",
    sql: `
      UPDATE municipality SET is_gids = true, gids_since = coalesce(gids_since, 2014) WHERE valid_to IS NULL;
      WITH advisers AS (
        SELECT id, row_number() OVER (ORDER BY email) - 1 AS i, count(*) OVER () AS n FROM app_user WHERE role = 'ADVISER' AND active
      ), free AS (
        SELECT m.code, row_number() OVER (ORDER BY m.code) - 1 AS i FROM municipality m
        WHERE m.valid_to IS NULL AND NOT EXISTS (SELECT 1 FROM adviser_assignment a WHERE a.municipality_code = m.code AND a.valid_to IS NULL)
      )
      INSERT INTO adviser_assignment (adviser_id, municipality_code, valid_from)
      SELECT a.id, f.code, DATE '2024-01-01' FROM free f JOIN advisers a ON a.i = f.i % a.n;`,
  },
  {
    label: "ten rounds with the full question bank",
    sql: `
      INSERT INTO survey_round (year, opens_at, closes_at, status)
      SELECT y, make_date(y, 10, 1), make_date(y + 1, 3, 1), 'CLOSED' FROM unnest(ARRAY[${EXTRA_YEARS.join(",")}]::int[]) y
      ON CONFLICT (year) DO NOTHING;
      INSERT INTO round_question (round_id, question_key, sort_order)
      SELECT r.id, q.key, q.sort_order FROM survey_round r CROSS JOIN question q
      ON CONFLICT DO NOTHING;`,
  },
  {
    label: "every municipality answers every round",
    sql: `
      INSERT INTO survey_response (round_id, municipality_code, status, submitted_at, reviewed_at)
      SELECT r.id, m.code, CASE WHEN r.status = 'OPEN' THEN 'SUBMITTED' ELSE 'ACCEPTED' END::response_status,
             make_date(r.year, 12, 1), CASE WHEN r.status = 'OPEN' THEN NULL ELSE make_date(r.year + 1, 1, 15) END
      FROM survey_round r CROSS JOIN municipality m WHERE m.is_gids AND m.valid_to IS NULL
      ON CONFLICT (round_id, municipality_code) DO NOTHING;
      UPDATE survey_response SET status = 'ACCEPTED', submitted_at = coalesce(submitted_at, now())
      WHERE status IN ('NOT_STARTED', 'DRAFT') AND round_id IN (SELECT id FROM survey_round WHERE status = 'CLOSED');`,
  },
  {
    label: "answers and option choices",
    sql: `
      WITH new_answers AS (
        INSERT INTO answer (response_id, question_key, value_bool, value_text)
        SELECT s.id, q.key,
               CASE WHEN q.type = 'BOOLEAN' THEN ${H("s.id::text || q.key", 100)} < 70 END,
               CASE WHEN q.type = 'TEXT' THEN 'Toelichting bij ' || q.key END
        FROM survey_response s
        JOIN round_question rq ON rq.round_id = s.round_id
        JOIN question q ON q.key = rq.question_key
        WHERE s.status IN ('SUBMITTED', 'ACCEPTED')
          AND NOT EXISTS (SELECT 1 FROM answer a WHERE a.response_id = s.id AND a.question_key = q.key)
        RETURNING id, question_key
      )
      INSERT INTO answer_choice (answer_id, question_key, option_key)
      SELECT na.id, na.question_key, o.key
      FROM new_answers na
      JOIN question q ON q.key = na.question_key AND q.type IN ('SINGLE', 'MULTI', 'LIKERT_HELP')
      JOIN LATERAL (
        SELECT key, row_number() OVER (ORDER BY sort_order) - 1 AS i, count(*) OVER () AS n FROM question_option WHERE question_key = q.key
      ) o ON true
      WHERE o.i = ${H("na.id::text", 1_000_000)} % o.n
         OR (q.type = 'MULTI' AND ${H("na.id::text || o.key", 3)} = 0);`,
  },
  {
    label: "100 initiatives per municipality",
    sql: `
      WITH targets AS (
        SELECT m.code, g.n FROM municipality m
        CROSS JOIN generate_series(1, ${SCALE.initiativesPerMunicipality}) g(n)
        WHERE m.is_gids AND m.valid_to IS NULL
          AND g.n > (SELECT count(*) FROM initiative i WHERE i.municipality_code = m.code)
      ), ins AS (
        INSERT INTO initiative (municipality_code, title, description, status, start_date, target_groups, neighbourhoods,
                                programmes, budget_cents, funding_sources, residents_reached, low_ses_reached, monitoring_level, visibility)
        SELECT t.code, 'Initiatief ' || t.n || ' (' || t.code || ')', 'Gegenereerd voor de benchmark.',
               (ARRAY['IDEA','PLANNED','RUNNING','RUNNING','STRUCTURAL','STOPPED']::initiative_status[])[1 + ${H("t.code || t.n", 6)}],
               make_date(2016 + ${H("t.code || t.n || 'y'", 10)}, 1 + ${H("t.code || t.n || 'm'", 12)}, 1),
               ARRAY[(ARRAY['CHILDREN','YOUTH','ADULTS','OLDER_ADULTS','LOW_SES']::target_group[])[1 + ${H("t.code || t.n || 'g'", 5)}]],
               ARRAY['Wijk ' || (1 + ${H("t.code || t.n || 'w'", 9)})],
               CASE WHEN ${H("t.code || t.n || 'p'", 3)} = 0 THEN ARRAY['JOGG']::linked_programme[] ELSE '{}'::linked_programme[] END,
               1000::bigint * ${H("t.code || t.n || 'b'", 5_000_000)},
               ARRAY['GIDS']::funding_source[],
               1000, 400,
               (ARRAY['ACTIVITIES','PROCESS','HEALTH_EFFECTS']::monitoring_level[])[1 + ${H("t.code || t.n || 'l'", 3)}],
               (ARRAY['PRIVATE','GIDS_NETWORK','PUBLIC']::visibility[])[1 + ${H("t.code || t.n || 'v'", 3)}]
        FROM targets t
        RETURNING id
      ), tracks AS (
        INSERT INTO initiative_track (initiative_id, track_code)
        SELECT ins.id, tc FROM ins CROSS JOIN unnest(enum_range(NULL::track_code)) tc
        WHERE ${H("ins.id::text || tc::text", 5)} < 2 OR tc = (enum_range(NULL::track_code))[1 + ${H("ins.id::text", 5)}]
        RETURNING 1
      ), pillars AS (
        INSERT INTO initiative_pillar (initiative_id, pillar_number)
        SELECT ins.id, p FROM ins CROSS JOIN generate_series(1, 8) p WHERE ${H("ins.id::text || p", 4)} = 0
        RETURNING 1
      )
      INSERT INTO initiative_partner (initiative_id, type, name, sort_order)
      SELECT ins.id, (enum_range(NULL::partner_type))[1 + ${H("ins.id::text || 'pt'", 13)}], 'Partner ' || ${H("ins.id::text", 50)}, 0 FROM ins;`,
  },
  {
    label: "approaches for every year",
    sql: `
      WITH ins AS (
        INSERT INTO approach (municipality_code, year, stage, low_ses_involved, resident_methods, monitoring_attention,
                              monitoring_levels, anchoring_attention, anchoring_methods, funding_sources, story, updated_at)
        SELECT m.code, y, 'PROGRAMMES', true, ARRAY['CO_CREATION']::resident_method[], true, ARRAY['ACTIVITIES']::monitoring_level[],
               true, ARRAY['POLICY']::anchoring_method[], ARRAY['GIDS','MUNICIPAL_BUDGET']::funding_source[], 'Gegenereerd.', make_date(y, 6, 1)
        FROM municipality m CROSS JOIN generate_series(2017, 2026) y
        WHERE m.is_gids AND m.valid_to IS NULL
        ON CONFLICT (municipality_code, year) DO NOTHING
        RETURNING id
      ), t AS (
        INSERT INTO approach_track (approach_id, track_code, text)
        SELECT ins.id, tc, '' FROM ins CROSS JOIN unnest(enum_range(NULL::track_code)) tc WHERE ${H("ins.id::text || tc::text", 3)} > 0
        RETURNING 1
      )
      INSERT INTO approach_pillar (approach_id, pillar_number, assessment)
      SELECT ins.id, p, (enum_range(NULL::pillar_assessment))[1 + ${H("ins.id::text || p", 3)}] FROM ins CROSS JOIN generate_series(1, 8) p;`,
  },
  {
    label: "advice entries and follow-ups",
    sql: `
      WITH ins AS (
        INSERT INTO advice_entry (municipality_code, adviser_id, date, kind, mode, track_codes, pillar_numbers, notes)
        SELECT a.municipality_code, a.adviser_id, DATE '2026-11-01' - (g.n * 30), (enum_range(NULL::advice_kind))[1 + g.n % 3],
               (enum_range(NULL::advice_mode))[1 + g.n % 4], ARRAY['PARTICIPATION']::track_code[], ARRAY[1, 3]::smallint[], 'Gegenereerd advies ' || g.n
        FROM adviser_assignment a CROSS JOIN generate_series(1, ${SCALE.adviceEntriesPerMunicipality}) g(n)
        WHERE a.valid_to IS NULL
        RETURNING id, date
      )
      INSERT INTO follow_up (advice_entry_id, description, due_date, done_at)
      SELECT id, 'Vervolgafspraak', date + 45, CASE WHEN date < DATE '2026-06-01' THEN date + 40 END FROM ins;`,
  },
  {
    label: "audit events",
    sql: `
      INSERT INTO audit_event (at, actor_id, actor_role, action, entity, entity_id, after, origin)
      SELECT TIMESTAMPTZ '2017-01-01' + (g * interval '25 minutes'), NULL, 'ADMIN', 'bench.generated', 'initiative', g::text,
             jsonb_build_object('n', g), 'bench'
      FROM generate_series(1, ${SCALE.auditEvents}) g;`,
  },
];

export type ScaleCounts = Record<string, number>;

/** Grows a seeded demo database to the scaled data set. Idempotent except for the audit events. */
export async function scaleDatabase(url: string, log: (m: string) => void): Promise<ScaleCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const step of STEPS) {
      const t0 = performance.now();
      await client.query("BEGIN");
      await client.query(step.sql);
      await client.query("COMMIT");
      log(`${step.label} (${Math.round(performance.now() - t0)} ms)`);
    }
    await client.query("ANALYZE");
    const { rows } = await client.query<Record<string, number>>(`
      SELECT (SELECT count(*) FROM municipality WHERE is_gids)::int AS gids_municipalities,
             (SELECT count(*) FROM survey_round)::int AS rounds,
             (SELECT count(*) FROM survey_response)::int AS responses,
             (SELECT count(*) FROM answer)::int AS answers,
             (SELECT count(*) FROM initiative)::int AS initiatives,
             (SELECT count(*) FROM advice_entry)::int AS advice_entries,
             (SELECT count(*) FROM audit_event)::int AS audit_events`);
    return rows[0]!;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
