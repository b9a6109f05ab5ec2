"use client";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { buttonClass } from "@/components/ui/button-link";
import type { BankQuestionDTO } from "@/lib/survey-admin/queries";
import { setRoundQuestions } from "@/lib/survey-admin/round-actions";
import { useFormAction } from "./use-form-action";

type Props = { id: string; version: number; bank: BankQuestionDTO[]; chosen: string[]; answered: string[]; readOnly: boolean };

/** Choose the round's questions from the bank, grouped by section. Answered questions stay (and say why). */
export function RoundQuestionsForm({ id, version, bank, chosen, answered, readOnly }: Props) {
  const t = useTranslations("surveyAdmin.rounds");
  const tt = useTranslations("surveyAdmin.types");
  const [state, onSubmit, pending] = useFormAction(setRoundQuestions);
  const sections = [...new Map(bank.map((q) => [q.sectionKey, q.sectionName]))];
  return (
    <form onSubmit={onSubmit} aria-label={t("questionsTitle")}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormStatus state={state} success={t("questionsSaved")} />
      {sections.map(([key, name]) => (
        <fieldset key={key} disabled={readOnly} className="mt-6">
          <legend className="text-lg font-semibold">{name}</legend>
          <ul className="mt-2 space-y-2">
            {bank.filter((q) => q.sectionKey === key).map((q) => {
              const locked = answered.includes(q.key);
              return (
                <li key={q.key}>
                  <label className="flex items-start gap-3">
                    <input type="checkbox" name="questions" value={q.key} defaultChecked={chosen.includes(q.key)} disabled={locked || readOnly} className="mt-1.5 size-4 shrink-0" aria-describedby={`q-${q.key}-meta`} />
                    <span>
                      <span className="block">{q.text}</span>
                      <span id={`q-${q.key}-meta`} className="block text-sm text-muted">
                        <code>{q.key}</code> · {tt(q.type)}{locked ? ` · ${t("answeredLocked")}` : ""}
                      </span>
                    </span>
                  </label>
                  {locked ? <input type="hidden" name="questions" value={q.key} /> : null}
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      {readOnly ? (
        <p className="mt-4 text-sm text-muted">{t("closedReadOnly")}</p>
      ) : (
        <button type="submit" disabled={pending} className={`${buttonClass("primary")} mt-6`}>
          {pending ? t("saving") : t("saveQuestions")}
        </button>
      )}
    </form>
  );
}
