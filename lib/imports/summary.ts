// The preview of an import: per question and per round how many answers are new, changed or unchanged,
// and how many responses are created or become ACCEPTED. The comparison with what is stored runs in SQL
// over the staged rows; shaping the result is pure (buildSummary) and unit-tested.
import type { DbClient } from "./store";
import type { ImportErrorCode, RowError } from "./types";

/**
 * Each staged row with its round, response and current answer, classified new / changed / unchanged.
 * Choices compare as sets (both sides hold distinct keys). $1 = job id.
 */
export const CLASSIFIED_ROWS = `
  SELECT s.row_number, s.year, s.municipality_code, s.question_key, s.value_bool, s.value_text, s.choices,
         sr.id AS round_id, r.id AS response_id, r.status::text AS response_status, a.id AS answer_id,
         CASE
           WHEN a.id IS NULL THEN 'new'
           WHEN a.value_bool IS NOT DISTINCT FROM s.value_bool AND a.value_text IS NOT DISTINCT FROM s.value_text
                AND coalesce(s.choices, '{}') @> cur.choices AND coalesce(s.choices, '{}') <@ cur.choices THEN 'unchanged'
           ELSE 'changed'
         END AS state
  FROM "import_row" s
  LEFT JOIN "survey_round" sr ON sr.year = s.year
  LEFT JOIN "survey_response" r ON r.round_id = sr.id AND r.municipality_code = s.municipality_code
  LEFT JOIN "answer" a ON a.response_id = r.id AND a.question_key = s.question_key
  LEFT JOIN LATERAL (
    SELECT coalesce(array_agg(ac.option_key), '{}') AS choices FROM "answer_choice" ac WHERE ac.answer_id = a.id
  ) cur ON true
  WHERE s.job_id = $1::uuid`;

/** A response is (re)accepted when it is new, when any answer changes, or when it does not count yet. */
export const COUNTED_STATUSES = "('SUBMITTED', 'ACCEPTED')";

export type ChangeCounts = { rows: number; new: number; changed: number; unchanged: number };
export type QuestionSummary = ChangeCounts & { key: string };
export type RoundSummary = ChangeCounts & { year: number; municipalities: number; responsesCreated: number; responsesAccepted: number; createRound: boolean };
export type ImportSummary = {
  totals: ChangeCounts & { responsesCreated: number; responsesAccepted: number; errors: number };
  questions: QuestionSummary[];
  rounds: RoundSummary[];
  errorsByCode: Partial<Record<ImportErrorCode, number>>;
};

type QuestionYearRow = ChangeCounts & { key: string; year: number };
type ResponseYearRow = { year: number; municipalities: number; created: number; accepted: number };

const add = (a: ChangeCounts, b: ChangeCounts): ChangeCounts => ({
  rows: a.rows + b.rows,
  new: a.new + b.new,
  changed: a.changed + b.changed,
  unchanged: a.unchanged + b.unchanged,
});
const ZERO: ChangeCounts = { rows: 0, new: 0, changed: 0, unchanged: 0 };

/** Shapes the SQL counts into the preview (questions in bank order, rounds by year). */
export function buildSummary(
  byQuestionYear: readonly QuestionYearRow[],
  byResponseYear: readonly ResponseYearRow[],
  opts: { roundsToCreate: readonly number[]; errors: readonly RowError[]; questionOrder: ReadonlyMap<string, number> },
): ImportSummary {
  const questions = new Map<string, ChangeCounts>();
  const years = new Map<number, ChangeCounts>();
  for (const r of byQuestionYear) {
    questions.set(r.key, add(questions.get(r.key) ?? ZERO, r));
    years.set(r.year, add(years.get(r.year) ?? ZERO, r));
  }
  const responses = new Map(byResponseYear.map((r) => [r.year, r]));
  const rounds: RoundSummary[] = [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, c]) => ({
      year,
      ...c,
      municipalities: responses.get(year)?.municipalities ?? 0,
      responsesCreated: responses.get(year)?.created ?? 0,
      responsesAccepted: responses.get(year)?.accepted ?? 0,
      createRound: opts.roundsToCreate.includes(year),
    }));
  const errorsByCode: Partial<Record<ImportErrorCode, number>> = {};
  for (const e of opts.errors) errorsByCode[e.code] = (errorsByCode[e.code] ?? 0) + 1;
  const order = (k: string) => opts.questionOrder.get(k) ?? Number.MAX_SAFE_INTEGER;
  return {
    totals: {
      ...[...years.values()].reduce(add, ZERO),
      responsesCreated: rounds.reduce((s, r) => s + r.responsesCreated, 0),
      responsesAccepted: rounds.reduce((s, r) => s + r.responsesAccepted, 0),
      errors: opts.errors.length,
    },
    questions: [...questions.entries()].map(([key, c]) => ({ key, ...c })).sort((a, b) => order(a.key) - order(b.key) || a.key.localeCompare(b.key)),
    rounds,
    errorsByCode,
  };
}

/** Runs the comparison for a staged job and returns the SQL counts buildSummary shapes. */
export async function countChanges(db: DbClient, jobId: string): Promise<{ byQuestionYear: QuestionYearRow[]; byResponseYear: ResponseYearRow[] }> {
  const byQuestionYear = await db.$queryRawUnsafe<QuestionYearRow[]>(
    `WITH c AS (${CLASSIFIED_ROWS})
     SELECT question_key AS key, year::int AS year, count(*)::int AS rows,
            (count(*) FILTER (WHERE state = 'new'))::int AS new,
            (count(*) FILTER (WHERE state = 'changed'))::int AS changed,
            (count(*) FILTER (WHERE state = 'unchanged'))::int AS unchanged
     FROM c GROUP BY question_key, year`,
    jobId,
  );
  const byResponseYear = await db.$queryRawUnsafe<ResponseYearRow[]>(
    `WITH c AS (${CLASSIFIED_ROWS}),
     resp AS (
       SELECT year, municipality_code, bool_or(response_id IS NULL) AS missing,
              bool_or(state <> 'unchanged') OR bool_or(response_status NOT IN ${COUNTED_STATUSES}) AS accept
       FROM c GROUP BY year, municipality_code)
     SELECT year::int AS year, count(*)::int AS municipalities,
            (count(*) FILTER (WHERE missing))::int AS created,
            (count(*) FILTER (WHERE NOT missing AND accept))::int AS accepted
     FROM resp GROUP BY year`,
    jobId,
  );
  return { byQuestionYear, byResponseYear };
}
