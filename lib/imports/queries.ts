import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/actions/state";
import { assertCan } from "@/lib/auth/guard";
import type { Viewer } from "@/lib/auth/viewer-types";
import { latestJob } from "@/lib/jobs/boss";
import type { StoredSummary } from "./pipeline";
import type { ImportErrorCode, RowError } from "./types";

// Reads of the import screens (admin only): a job's progress (polled), its preview and its errors.

/**
 * While validating or committing: where the durable job is (pg-boss). waiting = queued for a worker;
 * running = a worker has it (attempt 1, 2, …); retrying = the last attempt failed or its worker died, the
 * next one starts at retryAt.
 */
export type ImportQueueDTO = { state: "waiting" | "running" | "retrying"; attempt: number; retryAt: string | null };

export type ImportProgressDTO = {
  id: string;
  status: string;
  phase: string;
  done: number;
  total: number;
  rowCount: number;
  errorCount: number;
  failure: string | null;
  queue: ImportQueueDTO | null;
};
export type ImportJobDTO = ImportProgressDTO & {
  fileName: string;
  fileSize: number;
  createRound: boolean;
  origin: string;
  createdAt: string;
  committedAt: string | null;
  createdBy: string | null;
  summary: StoredSummary | null;
};
export type ImportErrorPageDTO = { items: RowError[]; total: number; page: number; pageCount: number };

export const ERRORS_PAGE_SIZE = 50;
function canImport(viewer: Viewer | null): asserts viewer is Viewer {
  assertCan(viewer, "manage", "import");
}

const SELECT = {
  id: true,
  status: true,
  phase: true,
  progressDone: true,
  progressTotal: true,
  rowCount: true,
  errorCount: true,
  summary: true,
  fileName: true,
  fileSize: true,
  createRound: true,
  origin: true,
  createdAt: true,
  committedAt: true,
  createdById: true,
} as const;

type JobRow = { id: string; status: string; phase: string; progressDone: number; progressTotal: number; rowCount: number; errorCount: number; summary: unknown };

function progressOf(j: JobRow, queue: ImportQueueDTO | null = null): ImportProgressDTO {
  const summary = j.summary as (Partial<StoredSummary> & { failure?: string }) | null;
  return { id: j.id, status: j.status, phase: j.phase, done: j.progressDone, total: j.progressTotal, rowCount: j.rowCount, errorCount: j.errorCount, failure: j.status === "FAILED" ? (summary?.failure ?? "imports.errors.failed") : null, queue };
}

const QUEUE_OF = { VALIDATING: "import-validate", COMMITTING: "import-commit" } as const;

/** The job behind a VALIDATING or COMMITTING import (its singleton key is the import's id). */
async function queueState(j: JobRow): Promise<ImportQueueDTO | null> {
  const queue = QUEUE_OF[j.status as keyof typeof QUEUE_OF];
  if (!queue) return null;
  const job = await latestJob(queue, j.id);
  if (!job) return null;
  // pg-boss counts a retry when the next attempt starts: retryCount is 0 during the first attempt and after it failed.
  const attempt = job.retryCount + 1;
  if (job.state === "created") return { state: "waiting", attempt, retryAt: null };
  if (job.state === "retry") return { state: "retrying", attempt: attempt + 1, retryAt: job.startAfter.toISOString() };
  if (job.state === "active") return { state: "running", attempt, retryAt: null };
  return null;
}

export async function getImportProgress(viewer: Viewer | null, id: string): Promise<ImportProgressDTO> {
  canImport(viewer);
  const job = /^[0-9a-f-]{36}$/i.test(id) ? await db.importJob.findUnique({ where: { id }, select: SELECT }) : null;
  if (!job) throw new NotFoundError();
  return progressOf(job, await queueState(job));
}

export async function getImportJob(viewer: Viewer | null, id: string): Promise<ImportJobDTO> {
  canImport(viewer);
  const job = /^[0-9a-f-]{36}$/i.test(id) ? await db.importJob.findUnique({ where: { id }, select: SELECT }) : null;
  if (!job) throw new NotFoundError();
  const creator = job.createdById ? await db.user.findUnique({ where: { id: job.createdById }, select: { name: true } }) : null;
  const summary = job.summary as (StoredSummary & { failure?: string }) | null;
  return {
    ...progressOf(job),
    fileName: job.fileName,
    fileSize: job.fileSize,
    createRound: job.createRound,
    origin: job.origin,
    createdAt: job.createdAt.toISOString(),
    committedAt: job.committedAt ? job.committedAt.toISOString() : null,
    createdBy: creator?.name ?? null,
    summary: summary?.totals ? summary : null,
  };
}

export async function listImportErrors(viewer: Viewer | null, id: string, page: number): Promise<ImportErrorPageDTO> {
  canImport(viewer);
  const total = await db.importError.count({ where: { jobId: id } });
  const pageCount = Math.max(1, Math.ceil(total / ERRORS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.importError.findMany({
    where: { jobId: id },
    orderBy: { seq: "asc" },
    skip: (current - 1) * ERRORS_PAGE_SIZE,
    take: ERRORS_PAGE_SIZE,
    select: { rowNumber: true, code: true, field: true, value: true, detail: true },
  });
  return {
    items: rows.map((r) => ({ row: r.rowNumber, code: r.code as ImportErrorCode, field: (r.field ?? undefined) as RowError["field"], value: r.value ?? undefined, detail: r.detail ?? undefined })),
    total,
    page: current,
    pageCount,
  };
}

export type ImportJobListItemDTO = { id: string; fileName: string; status: string; rowCount: number; errorCount: number; createdAt: string; origin: string };

export async function listImportJobs(viewer: Viewer | null, take = 15): Promise<ImportJobListItemDTO[]> {
  canImport(viewer);
  const rows = await db.importJob.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, fileName: true, status: true, rowCount: true, errorCount: true, createdAt: true, origin: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
