"use client";
import { useTranslations } from "next-intl";
import { formatPercent } from "@/lib/format";
import type { SectionProgress } from "@/lib/questionnaire/validation";

/** Progress per section (with links to each) and overall, updated as the user answers. */
export function ProgressPanel({ progress, names, overall }: { progress: SectionProgress[]; names: Record<string, string>; overall: number }) {
  const t = useTranslations("questionnaire.progress");
  return (
    <nav aria-labelledby="progress-heading" className="rounded border border-line p-4">
      <h2 id="progress-heading" className="text-lg font-semibold">{t("heading")}</h2>
      <div className="mt-2 flex items-center gap-3">
        <progress value={Math.round(overall * 100)} max={100} aria-labelledby="progress-overall" className="h-3 w-full accent-brand-700" />
        <span id="progress-overall" className="whitespace-nowrap text-sm font-semibold">{t("overall", { percent: formatPercent(overall) })}</span>
      </div>
      <ol className="mt-3 space-y-1">
        {progress.map((p) => (
          <li key={p.key} className="flex justify-between gap-3">
            <a href={`#section-${p.key}`}>{names[p.key] ?? p.key}</a>
            <span className={`whitespace-nowrap text-sm ${p.complete ? "font-semibold text-green-800" : "text-muted"}`}>
              {!p.complete
                ? t("partial", { answered: p.answered, total: p.applicable })
                : p.answered === p.applicable
                  ? t("complete")
                  : t("requiredDone", { answered: p.answered, total: p.applicable })}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
