"use client";
import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { hintClass, inputClass, labelClass, tableClass } from "@/components/admin/styles";
import { buttonClass } from "@/components/ui/button-link";
import type { ActionState } from "@/lib/actions/state";
import type { ListPreview } from "@/lib/municipality-admin/actions";

type Props = {
  id: string;
  action: (prev: ActionState<ListPreview>, form: FormData) => Promise<ActionState<ListPreview>>;
  title: string;
  hint: string;
};

/**
 * Upload of a municipality list: "Controleren" shows what would change and every error; "Importeren" sends
 * the same file with the checksum of that preview. Submitted by hand so the chosen file stays chosen.
 */
export function ListUploadForm({ id, action, title, hint }: Props) {
  const t = useTranslations("municipalityAdmin.upload");
  const [state, setState] = useState<ActionState<ListPreview>>(null);
  const [pending, setPending] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const preview = state?.ok ? state.data : undefined;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    setPending(true);
    setState(await action(state, form).finally(() => setPending(false)));
  }

  return (
    <form onSubmit={submit} aria-label={title} className="max-w-3xl space-y-4">
      <FormStatus state={state} success={preview?.committed ? t("committed") : undefined} />
      <div>
        <label htmlFor={`${id}-file`} className={labelClass}>{t("file")}</label>
        <p id={`${id}-hint`} className={hintClass}>{hint}</p>
        <input ref={fileRef} id={`${id}-file`} name="file" type="file" accept=".csv,text/csv" required aria-describedby={`${id}-hint`} className={inputClass} onChange={() => setState(null)} />
      </div>
      <input type="hidden" name="checksum" value={preview?.checksum ?? ""} />
      {preview && !preview.committed ? (
        <div role="status" className="rounded border border-line p-4">
          <p className="font-semibold">{t("previewTitle")}</p>
          <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
            {Object.entries(preview.counts).map(([k, v]) => <li key={k}>{t(`counts.${k as "listed"}`)}: <strong>{v}</strong></li>)}
          </ul>
          {preview.changes ? (["added", "removed", "changed"] as const).filter((k) => preview.changes![k].length).map((k) => (
            <details key={k} className="mt-2 text-sm">
              <summary className="cursor-pointer font-semibold">{t(`changes.${k}`)} ({preview.changes![k].length})</summary>
              <p className="mt-1">{preview.changes![k].map((c) => c.name).join(", ")}</p>
            </details>
          )) : null}
          {preview.errors.length ? (
            <table className={`${tableClass} mt-3`}>
              <caption className="text-left font-semibold text-red-800">{t("errorsCaption", { count: preview.errors.length })}</caption>
              <thead><tr><th scope="col">{t("row")}</th><th scope="col">{t("value")}</th><th scope="col">{t("reason")}</th></tr></thead>
              <tbody>
                {preview.errors.map((e, i) => (
                  <tr key={i}><th scope="row">{e.row}</th><td className="font-mono text-xs">{e.value ?? ""}</td><td>{t(`reasons.${e.code as "header"}`, { detail: e.detail ?? "" })}</td></tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="mode" value="preview" disabled={pending} className={buttonClass(preview && !preview.committed && !preview.errors.length ? "secondary" : "primary")}>
          {pending ? t("busy") : t("check")}
        </button>
        {preview && !preview.committed && preview.errors.length === 0 ? (
          <button type="submit" name="mode" value="commit" disabled={pending} className={buttonClass("primary")}>{t("commit")}</button>
        ) : null}
      </div>
    </form>
  );
}
