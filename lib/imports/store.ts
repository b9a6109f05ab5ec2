// Database side of validation (framework-free: the app and the CLI pass their own Prisma client):
// the catalog to validate against, and multi-row inserts of staged rows and errors (one statement per
// chunk of rows through unnest(), never a round trip per row).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportCatalog, ImportRowValue, QuestionTypeCode, RowError } from "./types";

export type DbClient = Prisma.TransactionClient;

/** Rows per INSERT statement: large enough to be fast, small enough to report progress between them. */
export const CHUNK_ROWS = 20_000;

export async function loadCatalog(db: DbClient): Promise<ImportCatalog> {
  const [municipalities, questions, rounds] = await Promise.all([
    db.municipality.findMany({ select: { code: true, isGids: true, gidsSince: true, validTo: true, successorCode: true } }),
    db.question.findMany({
      select: { key: true, type: true, sortOrder: true, options: { select: { key: true }, orderBy: { sortOrder: "asc" } } },
    }),
    db.surveyRound.findMany({ select: { year: true, questions: { select: { questionKey: true } } } }),
  ]);
  return {
    municipalities: new Map(
      municipalities.map((m) => [
        m.code,
        { code: m.code, isGids: m.isGids, gidsSince: m.gidsSince, lastYear: m.validTo ? m.validTo.getUTCFullYear() : null, successorCode: m.successorCode },
      ]),
    ),
    questions: new Map(
      questions.map((q) => [q.key, { key: q.key, type: q.type as QuestionTypeCode, sortOrder: q.sortOrder, options: q.options.map((o) => o.key) }]),
    ),
    rounds: new Map(rounds.map((r) => [r.year, new Set(r.questions.map((q) => q.questionKey))])),
  };
}

function chunks<T>(items: readonly T[], size = CHUNK_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Stages validated rows for the job. Choices travel joined by "|" (option keys never contain it). */
export async function stageRows(db: DbClient, jobId: string, rows: readonly ImportRowValue[], onChunk?: (done: number) => Promise<void>): Promise<void> {
  let done = 0;
  for (const part of chunks(rows)) {
    await db.$executeRawUnsafe(
      `INSERT INTO "import_row" ("job_id", "row_number", "year", "municipality_code", "question_key", "value_bool", "value_text", "choices")
       SELECT $1::uuid, t.r, t.y, t.c, t.q, t.b, t.x, CASE WHEN t.o IS NULL THEN NULL ELSE string_to_array(t.o, '|') END
       FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::bool[], $7::text[], $8::text[]) AS t(r, y, c, q, b, x, o)`,
      jobId,
      part.map((r) => r.row),
      part.map((r) => r.year),
      part.map((r) => r.code),
      part.map((r) => r.questionKey),
      part.map((r) => r.valueBool),
      part.map((r) => r.valueText),
      part.map((r) => (r.choices ? r.choices.join("|") : null)),
    );
    done += part.length;
    await onChunk?.(done);
  }
}

/** Stores every error of the job, numbered in file order. */
export async function storeErrors(db: DbClient, jobId: string, errors: readonly RowError[]): Promise<void> {
  let seq = 0;
  for (const part of chunks(errors)) {
    await db.$executeRawUnsafe(
      `INSERT INTO "import_error" ("job_id", "seq", "row_number", "code", "field", "value", "detail")
       SELECT $1::uuid, t.s, t.r, t.c, t.f, t.v, t.d
       FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[]) AS t(s, r, c, f, v, d)`,
      jobId,
      part.map(() => ++seq),
      part.map((e) => e.row),
      part.map((e) => e.code),
      part.map((e) => e.field ?? null),
      part.map((e) => e.value ?? null),
      part.map((e) => e.detail ?? null),
    );
  }
}

/** Removes what the job no longer needs once it is committed or discarded (the job and its errors stay). */
export async function clearStaging(db: DbClient, jobId: string): Promise<void> {
  await db.importRow.deleteMany({ where: { jobId } });
  await db.importFileChunk.deleteMany({ where: { jobId } });
}
