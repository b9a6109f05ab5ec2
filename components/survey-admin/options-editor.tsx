"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/admin/styles";
import { buttonClass } from "@/components/ui/button-link";
import type { OptionDTO } from "@/lib/survey-admin/queries";

type Row = OptionDTO & { id: number; existing: boolean };

/**
 * The options of a single or multi question. Existing keys are fixed (answers point at them); their wording
 * and order may change. A changed meaning needs a new option with a new key — the editor says so.
 */
export function OptionsEditor({ initial }: { initial: OptionDTO[] }) {
  const t = useTranslations("surveyAdmin.questions");
  const [rows, setRows] = useState<Row[]>(() =>
    initial.length ? initial.map((o, i) => ({ ...o, id: i, existing: true })) : [0, 1].map((id) => ({ id, key: "", textNl: "", textEn: "", existing: false })),
  );
  const [next, setNext] = useState(rows.length);
  const update = (id: number, field: keyof OptionDTO, value: string) => setRows((rs) => rs.map((r) => (r.id === id ? { ...r, [field]: value } : r)));
  const move = (index: number, by: -1 | 1) =>
    setRows((rs) => {
      const copy = [...rs];
      const [row] = copy.splice(index, 1);
      copy.splice(index + by, 0, row!);
      return copy;
    });
  return (
    <fieldset className="mt-2">
      <legend className="text-lg font-semibold">{t("options")}</legend>
      <p className="text-sm text-muted">{t("optionsHint")}</p>
      <ol className="mt-3 space-y-4">
        {rows.map((r, i) => (
          <li key={r.id} className="rounded border border-line p-3">
            <div className="grid gap-3 sm:grid-cols-3">
              <label className="block">
                <span className="text-sm font-semibold">{t("optionKey", { n: i + 1 })}</span>
                <input name={`option.${i}.key`} value={r.key} readOnly={r.existing} onChange={(e) => update(r.id, "key", e.target.value.toUpperCase())} className={`${inputClass} font-mono ${r.existing ? "bg-surface" : ""}`} spellCheck={false} />
              </label>
              <label className="block">
                <span className="text-sm font-semibold">{t("optionNl", { n: i + 1 })}</span>
                <input name={`option.${i}.textNl`} value={r.textNl} onChange={(e) => update(r.id, "textNl", e.target.value)} className={inputClass} />
              </label>
              <label className="block">
                <span className="text-sm font-semibold">{t("optionEn", { n: i + 1 })}</span>
                <input name={`option.${i}.textEn`} value={r.textEn} onChange={(e) => update(r.id, "textEn", e.target.value)} className={inputClass} lang="en" />
              </label>
            </div>
            <div className="mt-2 flex flex-wrap gap-3 text-sm">
              <button type="button" className="cursor-pointer text-brand-700 underline disabled:text-muted disabled:no-underline" disabled={i === 0} onClick={() => move(i, -1)}>{t("moveUp", { n: i + 1 })}</button>
              <button type="button" className="cursor-pointer text-brand-700 underline disabled:text-muted disabled:no-underline" disabled={i === rows.length - 1} onClick={() => move(i, 1)}>{t("moveDown", { n: i + 1 })}</button>
              <button type="button" className="cursor-pointer text-red-800 underline" onClick={() => setRows((rs) => rs.filter((x) => x.id !== r.id))}>{t("removeOption", { n: i + 1 })}</button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className={`${buttonClass("secondary")} mt-3`} onClick={() => { setRows((rs) => [...rs, { id: next, key: "", textNl: "", textEn: "", existing: false }]); setNext(next + 1); }}>
        {t("addOption")}
      </button>
    </fieldset>
  );
}
