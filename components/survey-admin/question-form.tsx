"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { inputClass } from "@/components/admin/styles";
import { buttonClass } from "@/components/ui/button-link";
import type { ActionState } from "@/lib/actions/state";
import { createQuestion, updateQuestion } from "@/lib/survey-admin/question-actions";
import type { BankQuestionDTO, SectionDTO } from "@/lib/survey-admin/queries";
import { QUESTION_TYPES, TYPES_WITH_OPTIONS, type QuestionTypeValue } from "@/lib/survey-admin/schemas";
import { Field, useFieldErrors } from "./field";
import { OptionsEditor } from "./options-editor";
import { useFormAction } from "./use-form-action";

type Props = { sections: SectionDTO[]; conditions: { key: string; text: string }[]; question?: BankQuestionDTO };

const FIELDS = ["key", "type", "sectionKey", "sortOrder", "textNl", "textEn", "conditionKey", "options"];

/** Adds a question, or edits one: the key and the type of an existing question are fixed (the form says why). */
export function QuestionForm({ sections, conditions, question }: Props) {
  const t = useTranslations("surveyAdmin.questions");
  const tt = useTranslations("surveyAdmin.types");
  const action = (question ? updateQuestion : createQuestion) as (s: ActionState<unknown>, f: FormData) => Promise<ActionState<unknown>>;
  const [state, onSubmit, pending] = useFormAction(action);
  const [type, setType] = useState<QuestionTypeValue>(question?.type ?? "SINGLE");
  const f = useFieldErrors(state && !state.ok ? state.fieldErrors : undefined);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={question ? t("editTitle") : t("createTitle")} className="max-w-3xl space-y-5">
      <FormStatus state={state} success={question ? t("saved") : undefined} fieldsShown={FIELDS} />
      {question ? <input type="hidden" name="version" value={question.version} /> : null}
      <Field name="key" label={t("key")} hint={question ? t("keyFixed") : t("keyHint")} error={f.error("key")}>
        <input {...f.props("key", true)} defaultValue={question?.key} readOnly={!!question} required spellCheck={false} className={`${inputClass} font-mono ${question ? "bg-surface" : ""}`} />
      </Field>
      <Field name="type" label={t("type")} hint={question ? t("typeFixed") : t("typeHint")} error={f.error("type")}>
        {question ? (
          <input id="type" value={tt(question.type)} readOnly aria-describedby="type-hint" className={`${inputClass} bg-surface`} />
        ) : (
          <select {...f.props("type", true)} value={type} onChange={(e) => setType(e.target.value as QuestionTypeValue)} className={inputClass}>
            {QUESTION_TYPES.map((k) => <option key={k} value={k}>{tt(k)}</option>)}
          </select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="sectionKey" label={t("section")} error={f.error("sectionKey")}>
          <select {...f.props("sectionKey")} defaultValue={question?.sectionKey ?? sections[0]?.key} className={inputClass}>
            {sections.map((s) => <option key={s.key} value={s.key}>{s.name}</option>)}
          </select>
        </Field>
        <Field name="sortOrder" label={t("sortOrder")} hint={t("sortOrderHint")} error={f.error("sortOrder")}>
          <input {...f.props("sortOrder", true)} type="number" min={0} defaultValue={question?.sortOrder ?? 100} className={`${inputClass} max-w-40`} />
        </Field>
      </div>
      <Field name="textNl" label={t("textNl")} hint={question ? t("wordingHint") : undefined} error={f.error("textNl")}>
        <textarea {...f.props("textNl", !!question)} defaultValue={question?.textNl} rows={2} required className={inputClass} />
      </Field>
      <Field name="textEn" label={t("textEn")} error={f.error("textEn")}>
        <textarea {...f.props("textEn")} defaultValue={question?.textEn} rows={2} required lang="en" className={inputClass} />
      </Field>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="required" defaultChecked={question?.required ?? true} className="size-4" />
        {t("required")}
      </label>
      <Field name="conditionKey" label={t("condition")} hint={t("conditionHint")} error={f.error("conditionKey")}>
        <select {...f.props("conditionKey", true)} defaultValue={question?.conditionKey ?? ""} className={inputClass}>
          <option value="">{t("noCondition")}</option>
          {conditions.filter((c) => c.key !== question?.key).map((c) => <option key={c.key} value={c.key}>{c.text}</option>)}
        </select>
      </Field>
      {TYPES_WITH_OPTIONS.includes(type) ? <OptionsEditor initial={question?.options ?? []} /> : null}
      {type === "LIKERT_HELP" ? <p className="text-sm text-muted">{t("likertOptions")}</p> : null}
      {f.error("options")}
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? t("saving") : question ? t("save") : t("create")}
      </button>
    </form>
  );
}
