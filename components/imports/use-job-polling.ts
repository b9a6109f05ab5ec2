"use client";
import { useEffect, useState } from "react";
import { FINISHED, type JobProgress } from "./progress";

/**
 * Polls the job row (GET /beheer/import/<id>/voortgang) while `active`, twice a second. Server actions run
 * one at a time in the browser, so progress is read through a plain GET, not through an action.
 */
export function useJobPolling(jobId: string | null, active: boolean, onFinished: (p: JobProgress) => void): JobProgress | null {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  useEffect(() => {
    if (!jobId || !active) return;
    let stopped = false;
    const tick = async () => {
      try {
        const res = await fetch(`/beheer/import/${jobId}/voortgang`, { cache: "no-store" });
        if (res.ok) {
          const p = (await res.json()) as JobProgress;
          if (stopped) return;
          setProgress(p);
          if (FINISHED.has(p.status)) return onFinished(p);
        }
      } catch {
        // A missed poll is retried on the next tick.
      }
      if (!stopped) timer = setTimeout(tick, 500);
    };
    let timer = setTimeout(tick, 300);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, active, onFinished]);
  return progress;
}
