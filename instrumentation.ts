// Next.js calls register() once when a server process starts (decision 049): the durable job worker
// (pg-boss) runs inside every server process, so imports, mail delivery and notification syncs go on
// wherever the portal runs, and resume after a restart. Not in the Edge runtime, not during `next build`.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  if (env().JOBS_WORKER !== "1") return;
  const { startJobWorker } = await import("./lib/jobs/worker");
  // A database that is not reachable yet must not keep the server from starting: retry in the background.
  const attempt = (delayMs: number): void => {
    startJobWorker().catch((e: unknown) => {
      console.error("[jobs] worker did not start, retrying:", e instanceof Error ? e.message : e);
      setTimeout(() => attempt(Math.min(delayMs * 2, 60_000)), delayMs).unref();
    });
  };
  attempt(1000);
}
