// Imports are durable jobs (decision 049): a worker killed with SIGKILL half-way through validation and
// again half-way through the commit leaves the import to the next worker, which finishes it — and every
// answer is written exactly once, with one audit event. The workers are real processes
// (scripts/job-worker.ts, the same worker module the server starts from instrumentation.ts).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("@/lib/auth/origin", () => ({ assertSameOrigin: async () => {}, requestOrigin: async () => "test" }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { commitImport, startImport, uploadImportChunk, validateImport } from "@/lib/imports/actions";
import { runCommit } from "@/lib/imports/jobs";
import { getImportProgress, type ImportProgressDTO } from "@/lib/imports/queries";
import { stopJobs } from "@/lib/jobs/boss";
import { useTestDatabase } from "./helpers/db";
import { largeAnswerFile } from "../fixtures/imports/db-helpers";
import { form } from "../fixtures/imports/action-mocks";

const database = useTestDatabase("demo");
const ROWS = 40_000; // two commit chunks of 20,000 rows: progress shows while the transaction is open
const FIRST_YEAR = 2031;
const root = path.resolve(import.meta.dirname, "../..");
const workers: ChildProcess[] = [];

/** Starts scripts/job-worker.ts in its own Node process (one process: SIGKILL hits the worker itself). */
function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/job-worker.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.url(), NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  workers.push(child);
  let err = "";
  child.stderr!.on("data", (d: Buffer) => {
    err += d.toString();
    process.stderr.write(`[worker ${child.pid}] ${d.toString()}`);
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("ready") && resolve(child));
    child.once("exit", (code) => reject(new Error(`worker exited (${code}) before it was ready: ${err.slice(-2000)}`)));
  });
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

async function waitFor(jobId: string, check: (p: ImportProgressDTO) => boolean, ms = 150_000): Promise<ImportProgressDTO> {
  const until = Date.now() + ms;
  for (;;) {
    const p = await getImportProgress(h.viewer, jobId);
    if (check(p)) return p;
    if (Date.now() > until) {
      // What the queue and the database were doing, to tell a lost job from a blocked one.
      const jobs = await database.sql(`select name, state::text, retry_count, started_on, heartbeat_on, output from pgboss.job where singleton_key = $1`, [jobId]);
      const sessions = await database.sql(`select application_name, state, wait_event_type, wait_event, left(query, 120) q from pg_stat_activity where datname = current_database()`);
      throw new Error(`timed out; last progress ${JSON.stringify(p)}; jobs ${JSON.stringify(jobs)}; sessions ${JSON.stringify(sessions)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const answersWritten = async () =>
  (await database.sql<{ n: number }>(`select count(*)::int n from answer a join survey_response r on r.id = a.response_id join survey_round s on s.id = r.round_id where s.year >= $1`, [FIRST_YEAR]))[0]!.n;

beforeAll(async () => {
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@gezondin.example" }, select: { id: true } });
  h.viewer = await loadViewer(admin.id, "session");
  const some = await db.municipality.findMany({ where: { validTo: null }, select: { code: true }, orderBy: { code: "asc" }, take: 120 });
  await db.municipality.updateMany({ where: { code: { in: some.map((m) => m.code) } }, data: { isGids: true, gidsSince: 2014 } });
});

afterAll(async () => {
  for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGKILL");
  await stopJobs(); // this process only enqueued
});

describe("an import whose worker is killed", () => {
  it("is finished by the next worker, validation and commit alike, with nothing written twice", async () => {
    const codes = (await db.municipality.findMany({ where: { isGids: true, validTo: null }, select: { code: true }, orderBy: { code: "asc" }, take: 120 })).map((m) => m.code);
    const { text } = await largeAnswerFile(codes, ROWS, FIRST_YEAR);
    const bytes = new TextEncoder().encode(text);
    const started = await startImport(null, form({ fileName: "groot.csv", fileSize: bytes.byteLength, createRound: "on" }));
    if (!started?.ok || !started.data) throw new Error(JSON.stringify(started));
    const { jobId, chunkBytes } = started.data;
    for (let seq = 0, at = 0; at < bytes.byteLength; seq++, at += chunkBytes) {
      const f = form({ jobId, seq });
      f.set("chunk", new Blob([bytes.slice(at, at + chunkBytes)]), "chunk");
      expect(await uploadImportChunk(null, f)).toMatchObject({ ok: true });
    }

    // Validation: the job waits in its queue until a worker takes it; the first one dies while staging rows.
    expect(await validateImport(null, form({ jobId }))).toMatchObject({ ok: true });
    expect((await getImportProgress(h.viewer, jobId)).queue).toEqual({ state: "waiting", attempt: 1, retryAt: null });
    const first = await startWorker();
    await waitFor(jobId, (p) => p.phase === "stage" || p.status !== "VALIDATING");
    await kill(first);
    expect((await getImportProgress(h.viewer, jobId)).status).toBe("VALIDATING");
    await startWorker();
    const valid = await waitFor(jobId, (p) => p.status !== "VALIDATING");
    expect(valid).toMatchObject({ status: "VALID", rowCount: ROWS, errorCount: 0 });
    expect((await database.sql<{ n: number }>(`select count(*)::int n from import_row where job_id = $1`, [jobId]))[0]!.n).toBe(ROWS); // staged once

    // Commit: the worker dies with the transaction open, after it wrote its first chunk of answers.
    expect(await commitImport(null, form({ jobId }))).toMatchObject({ ok: true });
    await waitFor(jobId, (p) => (p.phase === "write" && p.done > 0) || p.status !== "COMMITTING");
    await kill(workers.at(-1)!);
    expect(await getImportProgress(h.viewer, jobId)).toMatchObject({ status: "COMMITTING" });
    await new Promise((r) => setTimeout(r, 500)); // PostgreSQL rolls the dead connection's transaction back
    expect(await answersWritten()).toBe(0);

    // The progress bar shows what happens: the dead worker's heartbeat is missed, a second attempt is due.
    const again = await waitFor(jobId, (p) => p.queue?.state === "retrying" || p.status !== "COMMITTING");
    expect(again.queue).toEqual({ state: "retrying", attempt: 2, retryAt: expect.any(String) });
    await startWorker();
    const running = await waitFor(jobId, (p) => p.queue?.state === "running" || p.status !== "COMMITTING");
    expect(running.queue?.attempt ?? 2).toBe(2); // (or already committed)
    const done = await waitFor(jobId, (p) => p.status !== "COMMITTING");
    expect(done).toMatchObject({ status: "COMMITTED", phase: "done" });
    expect(await answersWritten()).toBe(ROWS);
    const duplicates = await database.sql<{ n: number }>(
      `select count(*)::int n from (select response_id, question_key from answer group by 1, 2 having count(*) > 1) d`,
    );
    expect(duplicates[0]!.n).toBe(0);
    const audits = await db.auditEvent.findMany({ where: { action: "import.commit", entityId: jobId }, select: { after: true } });
    expect(audits).toEqual([{ after: expect.objectContaining({ rows: ROWS, answersWritten: ROWS }) }]);
    // A worker that died after its commit but before pg-boss heard of it: the next attempt writes nothing.
    await runCommit(jobId, h.viewer!, "test", { final: false });
    expect(await getImportProgress(h.viewer, jobId)).toMatchObject({ status: "COMMITTED", failure: null });
    expect(await answersWritten()).toBe(ROWS);
    expect(await db.auditEvent.count({ where: { action: "import.commit", entityId: jobId } })).toBe(1);
    // pg-boss recorded the retries: each step needed another attempt (more than one when a busy machine made
    // a live worker miss a heartbeat; such an extra attempt waits for the import's lock and finds it done).
    // (The commit job completes just after the import: it expires the cache tags first.)
    const attemptsOf = () =>
      database.sql<{ name: string; state: string; retried: boolean }>(
        `select name, state::text, retry_count >= 1 as retried from pgboss.job where singleton_key = $1 order by name`,
        [jobId],
      );
    for (const until = Date.now() + 30_000; Date.now() < until; await new Promise((r) => setTimeout(r, 200))) {
      if ((await attemptsOf()).every((a) => a.state === "completed")) break;
    }
    const attempts = await attemptsOf();
    expect(attempts).toEqual([
      { name: "import-commit", state: "completed", retried: true },
      { name: "import-validate", state: "completed", retried: true },
    ]);
  }, 420_000);
});
