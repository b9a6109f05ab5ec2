import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/actions/state";
import { writeAudit } from "@/lib/audit/write";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { commitImportJob, validateImportData, type ImportPhase, type Progress } from "./pipeline";
import { expireTags } from "@/lib/cache/expire";
import { SURVEY_WRITE } from "@/lib/cache/tags";

// The work behind the import actions, run after the action's response (lib/survey-admin/background.ts)
// while the page polls the job row for progress (docs/decisions/020-import.md).

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

async function fail(jobId: string, e: unknown): Promise<void> {
  const failure = e instanceof DomainError ? e.key : "imports.errors.failed";
  if (!(e instanceof DomainError)) console.error("[import]", jobId, e instanceof Error ? e.message : e);
  const job = await db.importJob.findUnique({ where: { id: jobId }, select: { summary: true } });
  const summary = { ...((job?.summary as Record<string, unknown> | null) ?? {}), failure } as Prisma.InputJsonValue;
  await db.importJob.update({ where: { id: jobId }, data: { status: "FAILED", phase: "done", summary } });
}

export async function runValidation(jobId: string): Promise<void> {
  try {
    const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { createRound: true } });
    const data = await readJobFile(jobId);
    const fileSha256 = createHash("sha256").update(data).digest("hex");
    await db.importJob.update({ where: { id: jobId }, data: { fileSha256 } });
    await validateImportData(db, jobId, data, { createRound: job.createRound, onProgress: progressWriter(jobId) });
  } catch (e) {
    await fail(jobId, e);
  }
}

export async function runCommit(jobId: string, viewer: Pick<Viewer, "id" | "role">, origin: string): Promise<void> {
  try {
    await commitImportJob(db, jobId, {
      actorId: viewer.id,
      audit: (tx, e) => writeAudit(tx, viewer, origin, e),
      onProgress: progressWriter(jobId),
    });
    // Imported answers change the national figures: the dashboards and the read API show them at once.
    await expireTags(SURVEY_WRITE);
  } catch (e) {
    await fail(jobId, e);
  }
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
