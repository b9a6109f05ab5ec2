// The durable job queues (pg-boss, docs/decisions/049-durable-jobs.md). Pure: names, payloads and retry
// policies, shared by whoever enqueues (server actions, in their transaction) and the worker.
import type { Queue } from "pg-boss";

/** The schema pg-boss installs and migrates itself (outside `public`, so prisma/migrations never see it). */
export const JOBS_SCHEMA = "pgboss";

export type ImportValidatePayload = { jobId: string };
export type ImportCommitPayload = { jobId: string; actor: { id: string; role: string }; origin: string };
export type MailDeliverPayload = { reason: "queued" | "retry" | "sweep" };
export type FollowUpSyncPayload = { reason: "schedule" };

export type JobPayloads = {
  "import-validate": ImportValidatePayload;
  "import-commit": ImportCommitPayload;
  "mail-deliver": MailDeliverPayload;
  "notifications-follow-ups": FollowUpSyncPayload;
};
export type QueueName = keyof JobPayloads;

/**
 * Per queue: retries with exponential backoff (retryDelay · 2^n with jitter, capped at retryDelayMax, in
 * seconds). Import work sends a heartbeat: a worker that dies (SIGKILL, a crashed server) stops beating, and
 * its job is retried within about heartbeatSeconds + the supervise interval instead of after expireInSeconds.
 */
export const QUEUES: Record<QueueName, Omit<Queue, "name">> = {
  // exclusive + singletonKey = import id: at most one attempt per import is queued or running at a time.
  "import-validate": { policy: "exclusive", retryLimit: 3, retryDelay: 5, retryBackoff: true, retryDelayMax: 120, heartbeatSeconds: 10, expireInSeconds: 30 * 60, deleteAfterSeconds: 24 * 3600 },
  // The commit transaction may run 10 minutes (lib/imports/pipeline.ts); it is idempotent per import id.
  "import-commit": { policy: "exclusive", retryLimit: 3, retryDelay: 5, retryBackoff: true, retryDelayMax: 120, heartbeatSeconds: 10, expireInSeconds: 30 * 60, deleteAfterSeconds: 24 * 3600 },
  // Temporary SMTP trouble (4xx, connection refused, timeout) makes the job fail and come back later.
  "mail-deliver": { retryLimit: 6, retryDelay: 30, retryBackoff: true, retryDelayMax: 30 * 60, expireInSeconds: 15 * 60, deleteAfterSeconds: 24 * 3600 },
  "notifications-follow-ups": { retryLimit: 3, retryDelay: 10, retryBackoff: true, retryDelayMax: 300, expireInSeconds: 5 * 60, deleteAfterSeconds: 3600 },
};

/** Recurring jobs (cron, Dutch time): the follow-up sync every minute, a mail sweep every 5 minutes. */
export const SCHEDULES: { queue: QueueName; cron: string; data: object }[] = [
  { queue: "notifications-follow-ups", cron: "* * * * *", data: { reason: "schedule" } satisfies FollowUpSyncPayload },
  { queue: "mail-deliver", cron: "*/5 * * * *", data: { reason: "sweep" } satisfies MailDeliverPayload },
];

/** pg-boss counts retries from 0; the attempt that may not be retried any more is the last one. */
export function isFinalAttempt(job: { retryCount: number; retryLimit: number }): boolean {
  return job.retryCount >= job.retryLimit;
}
