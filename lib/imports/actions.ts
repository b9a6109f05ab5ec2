"use server";
import { revalidatePath } from "next/cache";
import { formToObject, runAction } from "@/lib/actions/run";
import { DomainError, NotFoundError, type ActionState } from "@/lib/actions/state";
import { requestOrigin } from "@/lib/auth/origin";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { ImportStatus, Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/boss";
import { CHUNK_BYTES, discardAbandoned } from "./jobs";
import { ChunkSchema, JobSchema, StartImportSchema } from "./schemas";
import { clearStaging } from "./store";

// Import of survey answers (admin): start a job, upload the file in pieces, validate it, commit it. The
// heavy steps are durable jobs (pg-boss, decision 049), enqueued in the same transaction as the state
// change that asks for them, so a rolled-back request starts no work and a committed one always gets it
// done, whichever server process (or restart) picks it up; the page polls /beheer/import/<id>/voortgang. The committed import
// writes one audit event with its counts (lib/imports/pipeline.ts); the job row itself records who
// uploaded, validated or discarded what, and when.

const isImporter = (v: Viewer) => can(v.role, "manage", "import");
type Tx = Prisma.TransactionClient;

/** A job whose background work stopped reporting this long ago died with its process (nothing was written). */
const STUCK_AFTER_MS = 10 * 60_000;
const RESTARTABLE = ["UPLOADING", "INVALID", "VALID", "FAILED"] as const;

/**
 * Moves a job out of one of the `from` states (or out of a stuck VALIDATING / COMMITTING when `orStuck`);
 * anything else is refused: a second click, a stale page.
 */
async function transition(tx: Tx, jobId: string, from: readonly ImportStatus[], data: Prisma.ImportJobUpdateManyMutationInput, orStuck = false): Promise<void> {
  const stuck = { status: { in: ["VALIDATING", "COMMITTING"] as ImportStatus[] }, updatedAt: { lt: new Date(Date.now() - STUCK_AFTER_MS) } };
  const where = { id: jobId, OR: [{ status: { in: [...from] } }, ...(orStuck ? [stuck] : [])] };
  const { count } = await tx.importJob.updateMany({ where, data });
  if (count === 0) throw (await tx.importJob.count({ where: { id: jobId } })) ? new DomainError("imports.errors.wrongState") : new NotFoundError();
}

export async function startImport(_prev: ActionState<{ jobId: string; chunkBytes: number }>, form: FormData): Promise<ActionState<{ jobId: string; chunkBytes: number }>> {
  return runAction({
    name: "import.start",
    schema: StartImportSchema,
    input: formToObject(form),
    authorize: isImporter,
    run: async ({ tx, viewer, data }) => {
      await discardAbandoned(tx);
      const job = await tx.importJob.create({
        data: { fileName: data.fileName, fileSize: data.fileSize, createRound: data.createRound, createdById: viewer.id, progressTotal: data.fileSize, origin: "app" },
        select: { id: true },
      });
      return { jobId: job.id, chunkBytes: CHUNK_BYTES };
    },
  });
}

export async function uploadImportChunk(_prev: ActionState<{ received: number }>, form: FormData): Promise<ActionState<{ received: number }>> {
  return runAction({
    name: "import.upload",
    schema: ChunkSchema,
    input: formToObject(form),
    authorize: isImporter,
    run: async ({ tx, data }) => {
      if (data.chunk.size > CHUNK_BYTES) throw new DomainError("imports.validation.chunkTooLarge");
      const bytes = new Uint8Array(await data.chunk.arrayBuffer());
      await transition(tx, data.jobId, ["UPLOADING"], { updatedAt: new Date() });
      await tx.importFileChunk.upsert({
        where: { jobId_seq: { jobId: data.jobId, seq: data.seq } },
        create: { jobId: data.jobId, seq: data.seq, data: bytes },
        update: { data: bytes },
      });
      const rows = await tx.$queryRaw<{ received: number }[]>`
        update import_job set progress_done = (select coalesce(sum(length(data)), 0)::int from import_file_chunk where job_id = ${data.jobId}::uuid)
        where id = ${data.jobId}::uuid returning progress_done as received`;
      return { received: rows[0]?.received ?? 0 };
    },
  });
}

export async function validateImport(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction({
    name: "import.validate",
    schema: JobSchema,
    input: formToObject(form),
    authorize: isImporter,
    run: async ({ tx, data }) => {
      const job = await tx.importJob.findUnique({ where: { id: data.jobId }, select: { fileSize: true } });
      if (!job) throw new NotFoundError();
      const [{ received } = { received: 0 }] = await tx.$queryRaw<{ received: number }[]>`
        select coalesce(sum(length(data)), 0)::int as received from import_file_chunk where job_id = ${data.jobId}::uuid`;
      if (received !== job.fileSize) throw new DomainError("imports.errors.incomplete");
      await transition(tx, data.jobId, RESTARTABLE, { status: "VALIDATING", phase: "parse", progressDone: 0, progressTotal: job.fileSize }, true);
      await enqueue(tx, "import-validate", { jobId: data.jobId }, { singletonKey: data.jobId });
    },
    after: () => revalidatePath("/beheer/import", "layout"),
  });
}

export async function commitImport(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction({
    name: "import.commit",
    schema: JobSchema,
    input: formToObject(form),
    authorize: isImporter,
    run: async ({ tx, viewer, data }) => {
      await transition(tx, data.jobId, ["VALID"], { status: "COMMITTING", phase: "write", progressDone: 0 });
      // Who and from where, for the audit event the commit job writes (in the job, never sent to the client).
      const actor = { id: viewer.id, role: viewer.role };
      await enqueue(tx, "import-commit", { jobId: data.jobId, actor, origin: await requestOrigin() }, { singletonKey: data.jobId });
    },
    after: () => revalidatePath("/beheer/import", "layout"),
  });
}

export async function discardImport(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction({
    name: "import.discard",
    schema: JobSchema,
    input: formToObject(form),
    authorize: isImporter,
    run: async ({ tx, data }) => {
      await transition(tx, data.jobId, RESTARTABLE, { status: "DISCARDED", phase: "done" }, true);
      await clearStaging(tx, data.jobId);
    },
    after: () => revalidatePath("/beheer/import", "layout"),
  });
}
