// Writes a validated, staged import in the caller's transaction, set-based: a handful of
// INSERT … SELECT / UPDATE … FROM statements over the staged rows, chunked by row number only to
// report progress. Unchanged answers are not touched, so importing the same file twice changes nothing.
import { DomainError } from "@/lib/actions/state";
import { CLASSIFIED_ROWS, COUNTED_STATUSES } from "./summary";
import { CHUNK_ROWS, clearStaging, type DbClient } from "./store";

export type CommitCounts = { roundsCreated: number; responsesCreated: number; responsesAccepted: number; answersWritten: number };
export type CommitOptions = {
  jobId: string;
  roundsToCreate: readonly number[];
  actorId: string | null;
  onProgress?: (done: number, total: number) => Promise<void>;
};

/** Closed rounds for years the file needs, asked the questions the file uses (in bank order). */
async function createRounds(tx: DbClient, jobId: string, years: readonly number[]): Promise<number> {
  if (years.length === 0) return 0;
  const created = await tx.$executeRawUnsafe(
    `INSERT INTO "survey_round" ("year", "opens_at", "closes_at", "status", "updated_at")
     SELECT y, make_date(y, 1, 1), make_date(y, 12, 31), 'CLOSED', now() FROM unnest($1::int[]) AS y
     ON CONFLICT ("year") DO NOTHING`,
    [...years],
  );
  if (created !== years.length) throw new DomainError("imports.errors.stale");
  await tx.$executeRawUnsafe(
    `INSERT INTO "round_question" ("round_id", "question_key", "sort_order")
     SELECT sr.id, q.key, row_number() OVER (PARTITION BY sr.id ORDER BY qs.sort_order, q.sort_order, q.key)
     FROM (SELECT DISTINCT year, question_key FROM "import_row" WHERE job_id = $1::uuid AND year = ANY($2::int[])) u
     JOIN "survey_round" sr ON sr.year = u.year
     JOIN "question" q ON q.key = u.question_key
     JOIN "question_section" qs ON qs.key = q.section_key`,
    jobId,
    [...years],
  );
  return created;
}

/**
 * What may have changed since the preview: a round or a round's question list, or a municipality's GIDS
 * status. Options, questions and municipalities that disappeared are caught by the foreign keys.
 */
async function assertStillValid(tx: DbClient, jobId: string): Promise<void> {
  const [row] = await tx.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "import_row" s
     LEFT JOIN "survey_round" sr ON sr.year = s.year
     LEFT JOIN "round_question" rq ON rq.round_id = sr.id AND rq.question_key = s.question_key
     LEFT JOIN "municipality" m ON m.code = s.municipality_code
     WHERE s.job_id = $1::uuid
       AND (rq.question_key IS NULL OR m.code IS NULL OR NOT m.is_gids OR coalesce(m.gids_since, 0) > s.year)`,
    jobId,
  );
  if ((row?.n ?? 0) > 0) throw new DomainError("imports.errors.stale");
}

async function writeResponses(tx: DbClient, actorId: string | null): Promise<{ created: number; accepted: number }> {
  const created = await tx.$executeRawUnsafe(
    `INSERT INTO "survey_response" ("round_id", "municipality_code", "status", "submitted_at", "reviewed_at", "reviewed_by_id", "updated_at")
     SELECT DISTINCT round_id, municipality_code, 'ACCEPTED'::response_status, now(), now(), $1::uuid, now()
     FROM _import WHERE response_id IS NULL
     ON CONFLICT ("round_id", "municipality_code") DO NOTHING`,
    actorId,
  );
  const accepted = await tx.$executeRawUnsafe(
    `UPDATE "survey_response" r
     SET status = 'ACCEPTED', submitted_at = coalesce(r.submitted_at, now()), reviewed_at = now(),
         reviewed_by_id = $1::uuid, version = r.version + 1, updated_at = now()
     FROM (SELECT DISTINCT response_id FROM _import
           WHERE response_id IS NOT NULL AND (state <> 'unchanged' OR response_status NOT IN ${COUNTED_STATUSES})) d
     WHERE r.id = d.response_id`,
    actorId,
  );
  return { created, accepted };
}

/** Answers and their choices of rows lo < row_number <= hi that are new or changed. */
async function writeAnswers(tx: DbClient, lo: number, hi: number): Promise<number> {
  const range = `i.state <> 'unchanged' AND i.row_number > $1 AND i.row_number <= $2`;
  const written = await tx.$executeRawUnsafe(
    `INSERT INTO "answer" ("response_id", "question_key", "value_bool", "value_text", "prefilled", "updated_at")
     SELECT r.id, i.question_key, i.value_bool, i.value_text, false, now()
     FROM _import i JOIN "survey_response" r ON r.round_id = i.round_id AND r.municipality_code = i.municipality_code
     WHERE ${range}
     ON CONFLICT ("response_id", "question_key")
     DO UPDATE SET value_bool = excluded.value_bool, value_text = excluded.value_text, prefilled = false, updated_at = now()`,
    lo,
    hi,
  );
  await tx.$executeRawUnsafe(`DELETE FROM "answer_choice" ac USING _import i WHERE ${range} AND ac.answer_id = i.answer_id`, lo, hi);
  await tx.$executeRawUnsafe(
    `INSERT INTO "answer_choice" ("answer_id", "question_key", "option_key")
     SELECT a.id, i.question_key, o
     FROM _import i
     JOIN "survey_response" r ON r.round_id = i.round_id AND r.municipality_code = i.municipality_code
     JOIN "answer" a ON a.response_id = r.id AND a.question_key = i.question_key
     CROSS JOIN LATERAL unnest(i.choices) AS o
     WHERE ${range}`,
    lo,
    hi,
  );
  return written;
}

/** Commits the staged rows of a job. Call inside a transaction; throws DomainError when it is stale. */
export async function commitStaged(tx: DbClient, opts: CommitOptions): Promise<CommitCounts> {
  const roundsCreated = await createRounds(tx, opts.jobId, opts.roundsToCreate);
  await assertStillValid(tx, opts.jobId);
  await tx.$executeRawUnsafe(`CREATE TEMP TABLE _import ON COMMIT DROP AS ${CLASSIFIED_ROWS}`, opts.jobId);
  await tx.$executeRawUnsafe(`CREATE INDEX ON _import (row_number)`);
  await tx.$executeRawUnsafe(`ANALYZE _import`); // a fresh temp table has no statistics; the joins need them
  const responses = await writeResponses(tx, opts.actorId);
  const [{ max } = { max: 0 }] = await tx.$queryRawUnsafe<{ max: number }[]>(`SELECT coalesce(max(row_number), 0)::int AS max FROM _import`);
  let answersWritten = 0;
  for (let lo = 0; lo < max; lo += CHUNK_ROWS) {
    answersWritten += await writeAnswers(tx, lo, lo + CHUNK_ROWS);
    await opts.onProgress?.(Math.min(lo + CHUNK_ROWS, max), max);
  }
  await clearStaging(tx, opts.jobId);
  return { roundsCreated, responsesCreated: responses.created, responsesAccepted: responses.accepted, answersWritten };
}
