"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { dangerButtonClass } from "@/components/admin/styles";
import { useCatalog } from "@/components/admin/use-catalog";
import { buttonClass } from "@/components/ui/button-link";
import { commitImport, discardImport } from "@/lib/imports/actions";
import { FINISHED, progressPercent, type JobProgress } from "./progress";
import { ProgressBar } from "./progress-bar";
import { useJobPolling } from "./use-job-polling";

type Props = { jobId: string; status: string; rows: number; canCommit: boolean; canDiscard: boolean };

/**
 * The actions on a validated import: commit (after a confirmation that names the count) or discard. While the
 * server works (validating or committing) it polls the job row and refreshes the page when done.
 */
export function JobControls({ jobId, status, rows, canCommit, canDiscard }: Props) {
  const t = useTranslations("imports.job");
  const msg = useCatalog();
  const router = useRouter();
  const [asking, setAsking] = useState<"commit" | "discard" | null>(null);
  const [started, setStarted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  // After the refresh that follows a finished job, `status` is final and the bar goes away.
  const working = (started && !FINISHED.has(status)) || status === "VALIDATING" || status === "COMMITTING";
  const onFinished = useCallback(() => router.refresh(), [router]);
  const polled = useJobPolling(jobId, working, onFinished);

  async function run(kind: "commit" | "discard") {
    setAsking(null);
    const form = new FormData();
    form.append("jobId", jobId);
    const result = await (kind === "commit" ? commitImport : discardImport)(null, form);
    if (!result?.ok) return setError(result && !result.ok ? (result.formError ?? "errors.unexpected") : "errors.unexpected");
    if (kind === "commit") setStarted(true);
    else router.refresh();
  }

  const shown: JobProgress = polled ?? { status, phase: status === "COMMITTING" || started ? "write" : "parse", done: 0, total: 1 };
  return (
    <div className="mt-6">
      <div aria-live="assertive">{error ? <p className="rounded border-l-4 border-red-700 bg-red-50 px-3 py-2 font-semibold text-red-800">{msg(error)}</p> : null}</div>
      {working ? <ProgressBar percent={progressPercent(shown)} phase={shown.phase} queue={shown.queue} /> : null}
      {!working && !asking ? (
        <div className="flex flex-wrap gap-3">
          {canCommit ? <button type="button" className={buttonClass("primary")} onClick={() => setAsking("commit")}>{t("commit")}</button> : null}
          {canDiscard ? <button type="button" className={buttonClass("secondary")} onClick={() => setAsking("discard")}>{t("discard")}</button> : null}
        </div>
      ) : null}
      {asking ? (
        <div className="max-w-2xl rounded border-2 border-red-700 bg-red-50 p-4" role="group" aria-label={t(`${asking}Confirm`, { rows })}>
          <p className="font-semibold">{t(`${asking}Confirm`, { rows })}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button ref={yes} type="button" className={asking === "commit" ? buttonClass("primary") : dangerButtonClass} onClick={() => run(asking)}>
              {t(`${asking}Yes`)}
            </button>
            <button type="button" className={buttonClass("secondary")} onClick={() => setAsking(null)}>{t("cancel")}</button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
