import "server-only";
import type { JobWithMetadata } from "pg-boss";
import { runCommit, runValidation } from "@/lib/imports/jobs";
import { deliverQueued } from "@/lib/mail/outbox";
import { configuredSender, mailFrom } from "@/lib/mail/sender";
import { TIME_ZONE } from "@/lib/i18n/config";
import { syncDueFollowUpsNow } from "@/lib/notifications/mutations";
import { jobs, stopJobs } from "./boss";
import { isFinalAttempt, SCHEDULES, type JobPayloads, type QueueName } from "./queues";

// The job worker: runs inside every server process (instrumentation.ts) and in scripts/job-worker.ts.
// Handlers are small: the work and its bookkeeping live beside the data they change (lib/imports/jobs.ts,
// lib/mail/outbox.ts, lib/notifications/notify.ts). A handler that throws is retried by pg-boss with the
// queue's backoff (lib/jobs/queues.ts).

type Handler<Q extends QueueName> = (job: JobWithMetadata<JobPayloads[Q]>) => Promise<void>;

const HANDLERS: { [Q in QueueName]: Handler<Q> } = {
  "import-validate": (job) => runValidation(job.data.jobId, { final: isFinalAttempt(job) }),
  "import-commit": (job) => runCommit(job.data.jobId, job.data.actor as Parameters<typeof runCommit>[1], job.data.origin, { final: isFinalAttempt(job) }),
  "mail-deliver": async (job) => {
    const sender = configuredSender();
    if (!sender) return; // without SMTP the outbox is the destination
    const r = await deliverQueued(sender, mailFrom(), { final: isFinalAttempt(job) });
    if (r.deferred > 0) throw new Error(`${r.deferred} message(s) deferred by a temporary SMTP failure`);
  },
  "notifications-follow-ups": async () => {
    await syncDueFollowUpsNow();
  },
};

// Shared with lib/jobs/boss.ts, whose stopJobs() clears it with the instance.
const globalForWorker = globalThis as unknown as { jobsWorker?: Promise<void> };

/** Starts the handlers (and the recurring schedules) in this process; calling it again does nothing. */
export function startJobWorker(): Promise<void> {
  globalForWorker.jobsWorker ??= (async () => {
    const boss = await jobs();
    for (const name of Object.keys(HANDLERS) as QueueName[]) {
      const handler = HANDLERS[name] as Handler<QueueName>;
      await boss.work(name, { includeMetadata: true, pollingIntervalSeconds: 2 }, async ([job]: JobWithMetadata<JobPayloads[QueueName]>[]) => {
        if (job) await handler(job);
      });
    }
    for (const s of SCHEDULES) await boss.schedule(s.queue, s.cron, s.data, { tz: TIME_ZONE });
  })().catch((e: unknown) => {
    globalForWorker.jobsWorker = undefined;
    throw e;
  });
  return globalForWorker.jobsWorker;
}

/** Stops the worker (tests, shutdown): running jobs finish first, up to the timeout. */
export async function stopJobWorker(timeoutMs?: number): Promise<void> {
  await stopJobs(timeoutMs); // also forgets that this process was working
}
