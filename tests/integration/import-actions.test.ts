// The admin screen's import flow through its server actions: start, upload in pieces, validate as a durable
// job (the worker runs in this process, as in a server) while the job row reports progress, commit once with
// one audit event; a bad file cannot be committed; the progress route answers the polling page.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null, revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("@/lib/auth/origin", () => ({ assertSameOrigin: async () => {}, requestOrigin: async () => "test" }));
vi.mock("next/cache", () => ({ cacheTag: () => {}, cacheLife: () => {}, revalidatePath: vi.fn(), revalidateTag: h.revalidateTag, updateTag: h.updateTag }));

import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { commitImport, startImport, uploadImportChunk, validateImport } from "@/lib/imports/actions";
import { getImportProgress, listImportErrors } from "@/lib/imports/queries";
import { GET as progressGet } from "@/app/beheer/import/[id]/voortgang/route";
import { startJobWorker, stopJobWorker } from "@/lib/jobs/worker";
import { useTestDatabase } from "./helpers/db";
import { GIDS, answerTableChecksum, csv, prepareCatalog } from "../fixtures/imports/db-helpers";
import { eventually, failure, form } from "../fixtures/imports/action-mocks";

useTestDatabase("demo");

beforeAll(async () => {
  await prepareCatalog();
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@gezondin.example" }, select: { id: true } });
  h.viewer = await loadViewer(admin.id, "session");
  await startJobWorker();
});
afterAll(() => stopJobWorker());

/** What the uploader component does: start a job, send the file in pieces, ask for validation. */
async function uploadAndValidate(text: string, createRound = false): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const started = await startImport(null, form({ fileName: "antwoorden.csv", fileSize: bytes.byteLength, ...(createRound ? { createRound: "on" } : {}) }));
  if (!started?.ok || !started.data) throw new Error(JSON.stringify(started));
  const { jobId, chunkBytes } = started.data;
  for (let seq = 0, at = 0; at < bytes.byteLength; seq++, at += chunkBytes) {
    const f = form({ jobId, seq });
    f.set("chunk", new Blob([bytes.slice(at, at + chunkBytes)]), "chunk");
    expect(await uploadImportChunk(null, f)).toMatchObject({ ok: true, data: { received: Math.min(at + chunkBytes, bytes.byteLength) } });
  }
  expect(await validateImport(null, form({ jobId }))).toMatchObject({ ok: true });
  await eventually(async () => ["VALID", "INVALID", "FAILED"].includes((await getImportProgress(h.viewer, jobId)).status));
  return jobId;
}

describe("import through the admin screen", () => {
  it("validates a multi-piece file, commits it once, with one audit event carrying the counts", async () => {
    // Long free texts make the file span several upload pieces.
    const long = "Trots op de samenwerking met inwoners. ".repeat(100).trim();
    const rows = GIDS.flatMap((code) => [["2021", code, "reflection.proud_of", long], ["2021", code, "approach.stage", "POLICY"]]);
    const text = csv([...rows, ...Array.from({ length: 300 }, (_, i) => ["2021", GIDS[i % 5]!, "approach.tracks", "PARTICIPATION"])].slice(0, 10));
    const padded = text + "\n".repeat(600_000); // blank lines are skipped, but travel in pieces
    const jobId = await uploadAndValidate(padded);
    expect(await db.importFileChunk.count({ where: { jobId } })).toBe(2);
    const progress = await getImportProgress(h.viewer, jobId);
    expect(progress).toMatchObject({ status: "VALID", phase: "done", errorCount: 0, rowCount: 10 });

    h.updateTag.mockClear();
    h.revalidateTag.mockClear();
    expect(await commitImport(null, form({ jobId }))).toMatchObject({ ok: true });
    expect(failure(await commitImport(null, form({ jobId })))).toBe("imports.errors.wrongState"); // a second click
    await eventually(async () => (await getImportProgress(h.viewer, jobId)).status === "COMMITTED");
    // The imported answers reach the national figures at once (dashboards and read API).
    expect(h.revalidateTag).toHaveBeenCalledWith("national", { expire: 0 });
    const audits = await db.auditEvent.findMany({ where: { action: "import.commit", entityId: jobId }, select: { after: true, actorId: true, origin: true } });
    expect(audits).toEqual([{ after: expect.objectContaining({ rows: 10, new: 10, answersWritten: 10 }), actorId: h.viewer!.id, origin: "test" }]);
    expect(await db.importRow.count({ where: { jobId } })).toBe(0); // staging cleared
  });

  it("re-importing the same file changes nothing", async () => {
    const text = csv(GIDS.map((code) => ["2021", code, "approach.stage", "POLICY"]));
    const first = await uploadAndValidate(text);
    await commitImport(null, form({ jobId: first }));
    await eventually(async () => (await getImportProgress(h.viewer, first)).status === "COMMITTED");
    const before = await answerTableChecksum();
    const second = await uploadAndValidate(text);
    await commitImport(null, form({ jobId: second }));
    await eventually(async () => (await getImportProgress(h.viewer, second)).status === "COMMITTED");
    expect(await answerTableChecksum()).toBe(before);
  });

  it("lists every error of a bad file and refuses to commit it", async () => {
    const before = await answerTableChecksum();
    const jobId = await uploadAndValidate(csv([["2021", GIDS[0]!, "approach.stage", "NOPE"], ["2021", GIDS[0]!, "approach.stage", "AGENDA"]]));
    expect(await getImportProgress(h.viewer, jobId)).toMatchObject({ status: "INVALID", errorCount: 2 });
    const errors = await listImportErrors(h.viewer, jobId, 1);
    expect(errors.items.map((e) => [e.row, e.code])).toEqual([[2, "unknownOption"], [3, "duplicateRow"]]);
    expect(failure(await commitImport(null, form({ jobId })))).toBe("imports.errors.wrongState");
    expect(await answerTableChecksum()).toBe(before);
  });

  it("serves progress to the polling page, and 404 to others", async () => {
    const job = await db.importJob.create({ data: { fileName: "x.csv", fileSize: 1 }, select: { id: true } });
    const res = await progressGet(new Request("http://127.0.0.1:3100/"), { params: Promise.resolve({ id: job.id }) });
    expect(await res.json()).toMatchObject({ id: job.id, status: "UPLOADING", phase: "upload" });
    const admin = h.viewer;
    h.viewer = { ...admin!, role: "VWS" };
    expect((await progressGet(new Request("http://127.0.0.1:3100/"), { params: Promise.resolve({ id: job.id }) })).status).toBe(404);
    h.viewer = admin;
  });
});
