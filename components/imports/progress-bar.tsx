"use client";
import { useTranslations } from "next-intl";

/** A labelled progress bar; the phase text is announced politely as it changes. */
export function ProgressBar({ percent, phase, detail }: { percent: number; phase: string; detail?: string }) {
  const t = useTranslations("imports.progress");
  const label = t(`phase.${phase as "done"}`);
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
      </p>
    </div>
  );
}
