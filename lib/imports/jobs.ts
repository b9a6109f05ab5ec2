import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/actions/state";
import { writeAudit } from "@/lib/audit/write";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AlreadyCommittedError, commitImportJob, validateImportData, type ImportPhase, type Progress } from "./pipeline";
import { expireTags } from "@/lib/cache/expire";
import { SURVEY_WRITE } from "@/lib/cache/tags";

// The work behind the import actions, run as durable jobs (queues import-validate and import-commit,
// lib/jobs/worker.ts, decision 049) while the page polls the job row for progress (decision 020). Both steps
// may run again after a worker died: validation starts from a clean slate, the commit is one transaction
// that refuses an import already committed.

/** Upload piece size: well under the 1 MB body limit of server actions, with room for the form encoding. */
export const CHUNK_BYTES = 512 * 1024;
/** Jobs left unfinished this long lose their file and staged rows. */
const ABANDONED_AFTER_MS = 24 * 3600 * 1000;

export async function readJobFile(jobId: string): Promise<Uint8Array> {
  const chunks = await db.importFileChunk.findMany({ where: { jobId }, orderBy: { seq: "asc" }, select: { data: true } });
  return Buffer.concat(chunks.map((c) => Buffer.from(c.data)));
}

/** Writes progress to the job row at most a few times a second (and on every phase change). */
export function progressWriter(jobId: string): Progress {
  let last = 0;
  let lastPhase: ImportPhase | null = null;
  return async (phase, done, total) => {
    const now = Date.now();
    if (phase === lastPhase && now - last < 300) return;
    last = now;
    lastPhase = phase;
    await db.importJob.update({ where: { id: jobId }, data: { phase, progressDone: done, progressTotal: total } });
  };
}

/**
 * The one place where a committed import tells the caches (national figures, reference data, peers) that
 * the data changed. Runs outside any request, in the worker.
 */
export async function onImportCommitted(): Promise<void> {
  await expireTags(SURVEY_WRITE);
}

/** Records a failure the admin sees (never over a committed or discarded job). */
async function fail(jobId: string, e: unknown): Promise<void> {
  const failure = e instanceof DomainError ? e.key : "imports.errors.failed";
  if (!(e instanceof DomainError)) console.error("[import]", jobId, e instanceof Error ? e.message : e);
  const job = await db.importJob.findUnique({ where: { id: jobId }, select: { summary: true } });
  const summary = { ...((job?.summary as Record<string, unknown> | null) ?? {}), failure } as Prisma.InputJsonValue;
  await db.importJob.updateMany({ where: { id: jobId, status: { notIn: ["COMMITTED", "DISCARDED"] } }, data: { status: "FAILED", phase: "done", summary } });
}

/** How a job attempt ends: an expected failure is final at once; an unexpected one only on the last attempt. */
export type Attempt = { final: boolean };

async function settle(jobId: string, e: unknown, attempt: Attempt): Promise<void> {
  if (e instanceof DomainError || attempt.final) return fail(jobId, e);
  console.error("[import] will retry", jobId, e instanceof Error ? e.message : e);
  throw e; // pg-boss retries the job after its backoff
}

/**
 * Validates in one transaction under the import's advisory lock: a second attempt of the same import (a retry
 * while a slow first attempt still runs, after its heartbeat was missed) waits and then finds it done, and a
 * worker that dies leaves nothing staged (its transaction rolls back). Progress goes to the job row from other
 * connections, so the transaction must not touch that row before its final update.
 */
export async function runValidation(jobId: string, attempt: Attempt = { final: true }): Promise<void> {
  try {
    const data = await readJobFile(jobId);
    const fileSha256 = createHash("sha256").update(data).digest("hex");
    await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('import_job:' || $1))`, jobId);
        const job = await tx.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { createRound: true, status: true } });
        if (job.status !== "VALIDATING") return; // discarded meanwhile, or an attempt that already finished
        await db.importJob.update({ where: { id: jobId }, data: { fileSha256, phase: "parse", progressDone: 0 } });
        await validateImportData(tx, jobId, data, { createRound: job.createRound, onProgress: progressWriter(jobId) });
      },
      { timeout: 10 * 60_000, maxWait: 30_000 },
    );
  } catch (e) {
    await settle(jobId, e, attempt);
  }
}

export async function runCommit(jobId: string, viewer: Pick<Viewer, "id" | "role">, origin: string, attempt: Attempt = { final: true }): Promise<void> {
  try {
    await commitImportJob(db, jobId, {
      actorId: viewer.id,
      audit: (tx, e) => writeAudit(tx, viewer, origin, e),
      onProgress: progressWriter(jobId),
    });
  } catch (e) {
    // An earlier attempt committed and then lost its worker before pg-boss heard of it: done, not failed.
    if (!(e instanceof AlreadyCommittedError)) return settle(jobId, e, attempt);
  }
  // Imported answers change the national figures: the dashboards and the read API show them at once.
  await onImportCommitted();
}

/** Frees the space of jobs nobody finished (their row stays as history). */
export async function discardAbandoned(tx: Prisma.TransactionClient): Promise<void> {
  const before = new Date(Date.now() - ABANDONED_AFTER_MS);
  const stale = await tx.importJob.findMany({ where: { updatedAt: { lt: before }, status: { notIn: ["COMMITTED", "DISCARDED"] } }, select: { id: true } });
  if (stale.length === 0) return;
  const ids = stale.map((j) => j.id);
  await tx.importFileChunk.deleteMany({ where: { jobId: { in: ids } } });
  await tx.importRow.deleteMany({ where: { jobId: { in: ids } } });
  await tx.importJob.updateMany({ where: { id: { in: ids } }, data: { status: "DISCARDED" } });
}
