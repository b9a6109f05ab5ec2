// The import of survey answers as one pipeline, shared by the admin UI (lib/imports/jobs.ts) and the CLI
// (scripts/import-survey.ts): parse → validate the whole file → stage → compare → (commit in one transaction).
// Framework-free: callers pass their Prisma client and how to write the audit event.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/actions/state";
import { commitStaged, type CommitCounts } from "./commit";
import { parseImportFile } from "./parse";
import { loadCatalog, stageRows, storeErrors, type DbClient } from "./store";
import { buildSummary, countChanges, type ImportSummary } from "./summary";
import type { RowError } from "./types";
import { validateRows } from "./validate";

export type ImportPhase = "upload" | "parse" | "check" | "stage" | "compare" | "write" | "done";
export type Progress = (phase: ImportPhase, done: number, total: number) => Promise<void>;
export type StoredSummary = ImportSummary & { roundsToCreate: number[]; format: "csv" | "xlsx" };
/** The job was committed before (by an earlier attempt of the same job): nothing is written again. */
export class AlreadyCommittedError extends DomainError {
  constructor() {
    super("imports.errors.wrongState");
  }
}

export type AuditWriter = (tx: DbClient, e: { action: string; entity: string; entityId: string; before?: unknown; after?: unknown }) => Promise<void>;

const noProgress: Progress = async () => {};

/** Validates a whole file for a job and stores the outcome on the job row (VALID or INVALID). */
export async function validateImportData(
  db: DbClient,
  jobId: string,
  data: Uint8Array,
  opts: { createRound: boolean; onProgress?: Progress },
): Promise<{ valid: boolean; summary: StoredSummary; errors: RowError[] }> {
  const progress = opts.onProgress ?? noProgress;
  await progress("parse", 0, data.byteLength);
  const parsed = await parseImportFile(data);
  await progress("check", 0, parsed.rows.length);
  const catalog = await loadCatalog(db);
  const result = validateRows(parsed.rows, catalog, { createRound: opts.createRound });
  const errors = [...parsed.errors, ...result.errors];
  // A job may be validated again (after a failed commit): start from a clean slate, but keep the file.
  await db.importRow.deleteMany({ where: { jobId } });
  await db.importError.deleteMany({ where: { jobId } });
  await storeErrors(db, jobId, errors);
  await stageRows(db, jobId, result.rows, (done) => progress("stage", done, result.rows.length));
  await progress("compare", 0, result.rows.length);
  const counts = await countChanges(db, jobId);
  const questionOrder = new Map([...catalog.questions.values()].map((q) => [q.key, q.sortOrder]));
  const summary: StoredSummary = {
    ...buildSummary(counts.byQuestionYear, counts.byResponseYear, { roundsToCreate: result.roundsToCreate, errors, questionOrder }),
    roundsToCreate: result.roundsToCreate,
    format: parsed.format,
  };
  const valid = errors.length === 0;
  await db.importJob.update({
    where: { id: jobId },
    data: { status: valid ? "VALID" : "INVALID", phase: "done", rowCount: parsed.rows.length, errorCount: errors.length, summary },
  });
  if (!valid) await db.importRow.deleteMany({ where: { jobId } }); // nothing may be written from an invalid file
  return { valid, summary, errors };
}

/**
 * Commits a VALID job in one transaction with one audit event carrying the counts. A job is committed
 * at most once: the status check and the final update happen in the same transaction as the writes, so a
 * worker that dies half-way leaves nothing behind (its transaction rolls back), and a second attempt at an
 * import that did commit throws AlreadyCommittedError without writing.
 */
export async function commitImportJob(
  client: PrismaClient,
  jobId: string,
  opts: { actorId: string | null; audit: AuditWriter; onProgress?: Progress; timeoutMs?: number },
): Promise<CommitCounts> {
  return client.$transaction(
    async (tx) => {
      // An advisory lock, not FOR UPDATE: progress updates to the job row come from other connections
      // while this transaction runs, and must not wait for it.
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('import_job:' || $1))`, jobId);
      const [job] = await tx.$queryRawUnsafe<{ status: string; summary: StoredSummary | null; file_name: string; file_sha256: string | null }[]>(
        `SELECT status::text AS status, summary, file_name, file_sha256 FROM "import_job" WHERE id = $1::uuid`,
        jobId,
      );
      if (job?.status === "COMMITTED") throw new AlreadyCommittedError();
      if (!job || (job.status !== "VALID" && job.status !== "COMMITTING") || !job.summary) throw new DomainError("imports.errors.notCommittable");
      const counts = await commitStaged(tx, {
        jobId,
        roundsToCreate: job.summary.roundsToCreate,
        actorId: opts.actorId,
        onProgress: opts.onProgress ? (done, total) => opts.onProgress!("write", done, total) : undefined,
      });
      await tx.importJob.update({ where: { id: jobId }, data: { status: "COMMITTED", phase: "done", committedAt: new Date() } });
      await opts.audit(tx, {
        action: "import.commit",
        entity: "import_job",
        entityId: jobId,
        after: { file: job.file_name, sha256: job.file_sha256, ...job.summary.totals, rounds: job.summary.rounds.map((r) => r.year), ...counts },
      });
      return counts;
    },
    { timeout: opts.timeoutMs ?? 10 * 60_000, maxWait: 30_000 },
  );
}
