"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, describedBy, fieldIds, inputClass } from "@/components/workspace/fields";
import { MAX_FOLLOW_UPS } from "@/lib/advice/options";

export type FollowUpRow = { id: string | null; description: string; dueDate: string };

let seq = 0;
const blank = (): FollowUpRow & { key: string } => ({ key: `n${seq++}`, id: null, description: "", dueDate: "" });

/** Follow-up rows (description + due date) with add and remove; values post as parallel arrays. */
export function FollowUpRows({ initial, errors }: { initial: FollowUpRow[]; errors: (name: string) => string | undefined }) {
  const t = useTranslations("advice.form");
  const [rows, setRows] = useState(() => initial.map((r, i) => ({ ...r, key: r.id ?? `i${i}` })));
  return (
    <fieldset className="rounded border border-line p-4">
      <legend className="px-1 font-semibold">{t("followUps")}</legend>
      <p className="text-sm text-muted">{t("followUpsHint")}</p>
      {rows.length === 0 ? <p className="mt-2">{t("noFollowUps")}</p> : null}
      <ol className="mt-2 space-y-4">
        {rows.map((r, i) => {
          const d = `followUp.${i}.description`;
          const due = `followUp.${i}.due`;
          return (
            <li key={r.key} className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
              <input type="hidden" name="followUpId[]" value={r.id ?? ""} />
              <div>
                <label htmlFor={fieldIds(d).id} className="font-semibold">{t("followUpDescription", { n: i + 1 })}</label>
                <FieldError name={d} error={errors(d)} />
                <input id={fieldIds(d).id} name="followUpDescription[]" defaultValue={r.description} aria-invalid={errors(d) ? true : undefined} aria-describedby={describedBy(d, undefined, errors(d))} className={inputClass} />
              </div>
              <div>
                <label htmlFor={fieldIds(due).id} className="font-semibold">{t("followUpDue", { n: i + 1 })}</label>
                <FieldError name={due} error={errors(due)} />
                <input id={fieldIds(due).id} type="date" name="followUpDue[]" defaultValue={r.dueDate} aria-invalid={errors(due) ? true : undefined} aria-describedby={describedBy(due, undefined, errors(due))} className={inputClass} />
              </div>
              <button type="button" onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))} className="rounded border-2 border-brand-900 px-3 py-2 font-semibold text-brand-900">
                {t("removeFollowUp", { n: i + 1 })}
              </button>
            </li>
          );
        })}
      </ol>
      {rows.length < MAX_FOLLOW_UPS ? (
        <button type="button" onClick={() => setRows((all) => [...all, blank()])} className="mt-4 rounded border-2 border-brand-900 bg-white px-4 py-2 font-semibold text-brand-900">
          {t("addFollowUp")}
        </button>
      ) : null}
    </fieldset>
  );
}
