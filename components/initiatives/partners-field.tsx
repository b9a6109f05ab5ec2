"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, Hint, inputClass } from "@/components/workspace/fields";
import { label } from "@/components/workspace/messages";
import { PARTNER_TYPES } from "@/lib/initiatives/options";
import { MAX_PARTNERS, PARTNER_NAME_MAX } from "@/lib/initiatives/schemas";
import type { InitiativePartnerDTO } from "@/lib/initiatives/types";

type Row = InitiativePartnerDTO & { id: number };

/** The partners of an initiative: rows of kind + name that can be added and removed. */
export function PartnersField({ initial, error }: { initial: InitiativePartnerDTO[]; error?: string }) {
  const t = useTranslations();
  const next = useRef(initial.length);
  const [rows, setRows] = useState<Row[]>(initial.map((p, i) => ({ ...p, id: i })));
  const add = () => setRows((r) => [...r, { id: next.current++, type: "", name: "" }]);
  const remove = (id: number) => setRows((r) => r.filter((x) => x.id !== id));
  return (
    <fieldset aria-describedby={error ? "e-partners" : "h-partners"}>
      <legend className="font-semibold">{t("initiatives.form.partners")}</legend>
      <Hint name="partners">{t("initiatives.form.partnersHint")}</Hint>
      <FieldError name="partners" error={error} />
      {rows.length === 0 ? <p className="mt-2 text-muted">{t("initiatives.form.noPartners")}</p> : null}
      <ul className="mt-2 space-y-3">
        {rows.map((row, i) => (
          <li key={row.id} className="grid items-end gap-3 sm:grid-cols-[14rem_1fr_auto]">
            <div>
              <label htmlFor={`partner-type-${row.id}`} className="text-sm font-semibold">
                {t("initiatives.form.partnerType", { n: i + 1 })}
              </label>
              <select id={`partner-type-${row.id}`} name="partnerType[]" defaultValue={row.type} className={inputClass}>
                <option value="">{t("initiatives.form.choose")}</option>
                {PARTNER_TYPES.map((p) => (
                  <option key={p} value={p}>
                    {label(t, `workspace.enums.partnerType.${p}`)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`partner-name-${row.id}`} className="text-sm font-semibold">
                {t("initiatives.form.partnerName", { n: i + 1 })}
              </label>
              <input id={`partner-name-${row.id}`} name="partnerName[]" defaultValue={row.name} maxLength={PARTNER_NAME_MAX} className={inputClass} />
            </div>
            <button type="button" onClick={() => remove(row.id)} className="rounded border-2 border-red-800 px-3 py-2 font-semibold text-red-800 hover:bg-red-50">
              {t("initiatives.form.removePartner")}
              <span className="sr-only"> {i + 1}</span>
            </button>
          </li>
        ))}
      </ul>
      {rows.length < MAX_PARTNERS ? (
        <button type="button" onClick={add} className="mt-3 rounded border-2 border-brand-900 px-3 py-2 font-semibold text-brand-900 hover:bg-brand-50">
          {t("initiatives.form.addPartner")}
        </button>
      ) : null}
    </fieldset>
  );
}
