"use client";
import { useLocale, useTranslations } from "next-intl";
import { formatTime } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { JobQueue } from "./progress";

/** What the durable job is doing, when that is worth saying: waiting for a worker, a retry, its attempt. */
function queueText(t: ReturnType<typeof useTranslations<"imports.progress">>, locale: AppLocale, queue: JobQueue | null | undefined): string | null {
  if (!queue) return null;
  if (queue.state === "waiting") return t("queue.waiting");
  if (queue.state === "retrying") return t("queue.retrying", { attempt: queue.attempt, time: queue.retryAt ? formatTime(queue.retryAt, locale) : "–" });
  return queue.attempt > 1 ? t("queue.running", { attempt: queue.attempt }) : null;
}

/** A labelled progress bar; the phase text is announced politely as it changes. */
export function ProgressBar({ percent, phase, detail, queue }: { percent: number; phase: string; detail?: string; queue?: JobQueue | null }) {
  const t = useTranslations("imports.progress");
  const locale = useLocale() as AppLocale;
  const label = t(`phase.${phase as "done"}`);
  const queued = queueText(t, locale, queue);
  return (
    <div className="my-4 max-w-xl">
      <div
        role="progressbar"
        aria-label={t("label")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% – ${label}`}
        className="h-4 w-full overflow-hidden rounded border border-brand-900 bg-white"
      >
        <div className="h-full bg-brand-700 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p aria-live="polite" className="mt-2 text-sm">
        <span className="font-semibold">{label}</span> · {percent}%{detail ? ` · ${detail}` : ""}
        {queued ? <span className="block">{queued}</span> : null}
      </p>
    </div>
  );
}
