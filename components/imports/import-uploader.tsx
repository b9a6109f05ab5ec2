"use client";
import { useCallback, useLayoutEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { hintClass, inputClass, labelClass } from "@/components/admin/styles";
import { useCatalog } from "@/components/admin/use-catalog";
import { buttonClass } from "@/components/ui/button-link";
import type { ActionState } from "@/lib/actions/state";
import { formatNumber } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { startImport, uploadImportChunk, validateImport } from "@/lib/imports/actions";
import { progressPercent, type JobProgress } from "./progress";
import { ProgressBar } from "./progress-bar";
import { useJobPolling } from "./use-job-polling";

type Step = { jobId: string | null; phase: string; done: number; total: number; error: string | null; busy: boolean };
const IDLE: Step = { jobId: null, phase: "upload", done: 0, total: 0, error: null, busy: false };

function form(fields: Record<string, string | Blob>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

/** Sends a piece once more when the first try fails (a dropped connection should not cost the upload). */
async function sendChunk(jobId: string, seq: number, chunk: Blob): Promise<ActionState<{ received: number }>> {
  const first = await uploadImportChunk(null, form({ jobId, seq: String(seq), chunk })).catch(() => null);
  return first?.ok ? first : uploadImportChunk(null, form({ jobId, seq: String(seq), chunk }));
}

/**
 * Upload → validation with a progress bar: the file goes up in pieces (each a server action under the body
 * limit), then the server validates the whole file while this component polls the job row. When the
 * validation is done, the job page shows the preview and the errors.
 */
export function ImportUploader() {
  const t = useTranslations("imports.upload");
  const msg = useCatalog();
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const [step, setStep] = useState<Step>(IDLE);
  const fileRef = useRef<HTMLInputElement>(null);
  const onFinished = useCallback((p: JobProgress) => router.push(`/beheer/import/${step.jobId}?klaar=${p.status}`), [router, step.jobId]);
  const polled = useJobPolling(step.jobId, step.busy && step.phase !== "upload", onFinished);
  // Next keeps this page in the DOM, hidden, after the upload moves on to the job page (cacheComponents'
  // Activity): coming back must offer a fresh upload, not the finished one's state.
  useLayoutEffect(
    () => () => {
      setStep(IDLE);
      if (fileRef.current) fileRef.current.value = "";
    },
    [],
  );
  const fail = (key: string | undefined) => setStep((s) => ({ ...s, busy: false, error: key ?? "errors.unexpected" }));

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return fail("imports.validation.chooseFile");
    const createRound = (new FormData(e.currentTarget).get("createRound") as string | null) ?? "";
    setStep({ ...IDLE, busy: true, total: file.size });
    const started = await startImport(null, form({ fileName: file.name, fileSize: String(file.size), createRound }));
    if (!started?.ok || !started.data) return fail(started && !started.ok ? Object.values(started.fieldErrors ?? {})[0]?.[0] ?? started.formError : undefined);
    const { jobId, chunkBytes } = started.data;
    setStep((s) => ({ ...s, jobId }));
    for (let seq = 0, at = 0; at < file.size; seq++, at += chunkBytes) {
      const sent = await sendChunk(jobId, seq, file.slice(at, at + chunkBytes));
      if (!sent?.ok) return fail(sent && !sent.ok ? sent.formError : undefined);
      setStep((s) => ({ ...s, done: sent.data?.received ?? at }));
    }
    const validating = await validateImport(null, form({ jobId }));
    if (!validating?.ok) return fail(validating && !validating.ok ? validating.formError : undefined);
    setStep((s) => ({ ...s, phase: "parse", done: 0 }));
  }

  const shown: JobProgress = polled && step.phase !== "upload" ? polled : { status: "UPLOADING", phase: step.phase, done: step.done, total: step.total };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="max-w-2xl space-y-4">
      <div aria-live="assertive">{step.error ? <p className="rounded border-l-4 border-red-700 bg-red-50 px-3 py-2 font-semibold text-red-800">{msg(step.error)}</p> : null}</div>
      <div>
        <label htmlFor="import-file" className={labelClass}>{t("file")}</label>
        <p id="import-file-hint" className={hintClass}>{t("fileHint")}</p>
        <input ref={fileRef} id="import-file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="import-file-hint" disabled={step.busy} className={inputClass} />
      </div>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="createRound" disabled={step.busy} className="mt-1.5 size-4" aria-describedby="create-round-hint" />
        <span>
          <span className="font-semibold">{t("createRound")}</span>
          <span id="create-round-hint" className="block text-sm text-muted">{t("createRoundHint")}</span>
        </span>
      </label>
      {step.busy ? <ProgressBar percent={progressPercent(shown)} phase={shown.phase} queue={shown.queue} detail={shown.phase === "upload" ? t("kilobytes", { done: formatNumber(Math.round(shown.done / 1024), locale), total: formatNumber(Math.round(shown.total / 1024), locale) }) : undefined} /> : null}
      <button type="submit" disabled={step.busy} className={buttonClass("primary")}>
        {step.busy ? t("busy") : t("submit")}
      </button>
    </form>
  );
}
