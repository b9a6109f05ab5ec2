import "server-only";
import { PgBoss, fromPrisma } from "pg-boss";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { JOBS_SCHEMA, QUEUES, type JobPayloads, type QueueName } from "./queues";

// One pg-boss instance per process, started on first use (decision 049). It installs and migrates its own
// schema (`pgboss`) on start, under its own advisory lock, so several processes may start at once.
// Enqueueing happens in the caller's transaction (fromPrisma): a job exists exactly when the state change
// that asks for it committed.

/** jobsWorker: set by lib/jobs/worker.ts while this process works the queues (cleared by stopJobs too). */
const globalForJobs = globalThis as unknown as { jobsBoss?: Promise<PgBoss>; jobsWorker?: Promise<void> };

/** How often a process looks for expired jobs and missed heartbeats (coordinated across processes). */
export const SUPERVISE_SECONDS = 10;

async function start(): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: env().DATABASE_URL,
    schema: JOBS_SCHEMA,
    application_name: "gezondin-jobs",
    max: 4,
    migrate: true,
    supervise: true,
    schedule: true,
    superviseIntervalSeconds: SUPERVISE_SECONDS,
    monitorIntervalSeconds: SUPERVISE_SECONDS,
  });
  // pg-boss reports trouble (a lost connection, a failed maintenance pass) as events; an unhandled
  // "error" event would end the process.
  boss.on("error", (e) => console.error("[jobs]", e instanceof Error ? e.message : e));
  await boss.start();
  for (const [name, options] of Object.entries(QUEUES)) {
    await boss.createQueue(name, options); // ON CONFLICT DO NOTHING: the first process creates it
    const { policy: _fixed, ...retries } = options; // a queue's policy is fixed at creation
    await boss.updateQueue(name, retries); // later starts bring an existing queue's retries up to date
  }
  return boss;
}

/** The process's started pg-boss (starting it the first time). */
export function jobs(): Promise<PgBoss> {
  globalForJobs.jobsBoss ??= start().catch((e: unknown) => {
    globalForJobs.jobsBoss = undefined; // the next call tries again
    throw e;
  });
  return globalForJobs.jobsBoss;
}

/** Enqueues a job inside the caller's transaction: it is only seen by workers once that commits. */
export async function enqueue<Q extends QueueName>(tx: Prisma.TransactionClient, queue: Q, data: JobPayloads[Q], options: { singletonKey?: string } = {}): Promise<void> {
  const boss = await jobs();
  await boss.send(queue, data, { ...options, db: fromPrisma(tx) });
}

/** Stops this process's pg-boss: workers finish what they hold (up to `timeoutMs`), then the pool closes. */
export async function stopJobs(timeoutMs = 30_000): Promise<void> {
  const pending = globalForJobs.jobsBoss;
  globalForJobs.jobsBoss = undefined;
  globalForJobs.jobsWorker = undefined;
  if (!pending) return;
  const boss = await pending.catch(() => null);
  await boss?.stop({ graceful: true, timeout: timeoutMs, close: true });
}

export type QueuedJobState = { state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed"; retryCount: number; startAfter: Date };

/** The newest job of a queue with this singleton key (an import's id), as pg-boss reports it. */
export async function latestJob(queue: QueueName, singletonKey: string): Promise<QueuedJobState | null> {
  const found = await (await jobs()).findJobs(queue, { key: singletonKey });
  const newest = found.sort((a, b) => b.createdOn.getTime() - a.createdOn.getTime())[0];
  return newest ? { state: newest.state, retryCount: newest.retryCount, startAfter: newest.startAfter } : null;
}
