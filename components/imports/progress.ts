// Where an import stands, as one percentage for the progress bar (pure, shared by the uploader and the
// job page): upload 0–40, parse 40–50, check 50–55, stage 55–85, compare 85–95, write 0–100 of a commit.

/** Where the durable job is (lib/imports/queries.ts ImportQueueDTO), while validating or committing. */
export type JobQueue = { state: "waiting" | "running" | "retrying"; attempt: number; retryAt: string | null };
export type JobProgress = { status: string; phase: string; done: number; total: number; queue?: JobQueue | null };

const RANGES: Record<string, [number, number]> = {
  upload: [0, 40],
  parse: [40, 50],
  check: [50, 55],
  stage: [55, 85],
  compare: [85, 95],
  write: [0, 100],
  done: [100, 100],
};

export function progressPercent(p: JobProgress): number {
  const [from, to] = RANGES[p.phase] ?? [0, 0];
  const fraction = p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 0;
  return Math.round(from + (to - from) * fraction);
}

export const FINISHED = new Set(["VALID", "INVALID", "FAILED", "COMMITTED", "DISCARDED"]);
