"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, inputClass } from "@/components/workspace/fields";
import { TEXT_MAX, fieldName, noneField, prefillField } from "@/lib/questionnaire/answers";
import type { AnswerValue, QuestionDTO } from "@/lib/questionnaire/types";

type Props = {
  q: QuestionDTO;
  value: AnswerValue | undefined;
  prefillYear: number | null;
  error?: string;
  hidden: boolean;
  children?: React.ReactNode;
};

const id = (key: string) => `q-${key.replace(/\W/g, "-")}`;

/** One question of the bank, by type. A prefilled answer is marked until the user changes it. */
export function QuestionField({ q, value, prefillYear, error, hidden, children }: Props) {
  const t = useTranslations("questionnaire.form");
  const [prefilled, setPrefilled] = useState(prefillYear !== null);
  const name = fieldName(q.key);
  const describedBy = [error ? `e-${name.replace(/[^\w-]/g, "-")}` : null, prefilled ? `${id(q.key)}-prefill` : null].filter(Boolean).join(" ") || undefined;
  const touch = () => setPrefilled(false);
  const chosen = Array.isArray(value) ? value : [];
  const heading = (
    <>
      {q.text}
      {q.required ? <span className="ml-1 font-normal text-muted">({t("required")})</span> : null}
    </>
  );
  const badge = prefilled ? (
    <p id={`${id(q.key)}-prefill`} className="mt-1 inline-block rounded bg-brand-100 px-2 py-0.5 text-sm text-brand-900">
      {t("prefilled", { year: prefillYear ?? 0 })}
    </p>
  ) : null;
  const radio = (v: string, text: string, checked: boolean) => (
    <div key={v} className="flex items-start gap-2 py-1">
      <input id={`${id(q.key)}-${v}`} type="radio" name={name} value={v} defaultChecked={checked} onChange={touch} className="mt-1 size-5 accent-brand-700" />
      <label htmlFor={`${id(q.key)}-${v}`}>{text}</label>
    </div>
  );
  return (
    <div id={id(q.key)} hidden={hidden} className="scroll-mt-24 border-b border-line py-5">
      {prefilled ? <input type="hidden" name={prefillField(q.key)} value="1" /> : null}
      {q.type === "TEXT" ? (
        <>
          <label htmlFor={`${id(q.key)}-text`} className="font-semibold">{heading}</label>
          {badge}
          <FieldError name={name} error={error} />
          <textarea id={`${id(q.key)}-text`} name={name} rows={4} maxLength={TEXT_MAX} defaultValue={typeof value === "string" ? value : ""} onChange={touch} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className={inputClass} />
        </>
      ) : (
        <fieldset aria-describedby={describedBy}>
          <legend className="font-semibold">{heading}</legend>
          {badge}
          <FieldError name={name} error={error} />
          <div className="mt-2">
            {q.type === "BOOLEAN"
              ? [radio("yes", t("yes"), value === true), radio("no", t("no"), value === false)]
              : q.type === "MULTI"
                ? q.options.map((o) => (
                    <div key={o.key} className="flex items-start gap-2 py-1">
                      <input id={`${id(q.key)}-${o.key}`} type="checkbox" name={`${name}[]`} value={o.key} defaultChecked={chosen.includes(o.key)} onChange={touch} className="mt-1 size-5 accent-brand-700" />
                      <label htmlFor={`${id(q.key)}-${o.key}`}>{o.text}</label>
                    </div>
                  ))
                : q.options.map((o) => radio(o.key, o.text, chosen[0] === o.key))}
            {q.type === "MULTI" && !q.required ? (
              <div className="flex items-start gap-2 border-t border-line py-1 pt-2">
                <input id={`${id(q.key)}-none`} type="checkbox" name={noneField(q.key)} defaultChecked={Array.isArray(value) && value.length === 0} onChange={touch} className="mt-1 size-5 accent-brand-700" />
                <label htmlFor={`${id(q.key)}-none`}>{t("none")}</label>
              </div>
            ) : null}
          </div>
        </fieldset>
      )}
      {children}
    </div>
  );
}

export const questionAnchor = id;
