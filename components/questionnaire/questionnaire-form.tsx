"use client";
import { useMemo, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-link";
import { FormStatus } from "@/components/workspace/form-status";
import { fieldError } from "@/components/workspace/messages";
import { answersFromForm, fieldName } from "@/lib/questionnaire/answers";
import type { Answers, QuestionnaireDTO } from "@/lib/questionnaire/types";
import { isApplicable, overallProgress, sectionProgress } from "@/lib/questionnaire/validation";
import { CommentBox } from "./comment-box";
import { ProgressPanel } from "./progress-panel";
import { QuestionField, questionAnchor } from "./question-field";
import { SubmitDialog } from "./submit-dialog";
import { useQuestionnaireSave } from "./use-questionnaire-save";

/** The open questionnaire: sections from the bank, live progress, autosave, save and submit. */
export function QuestionnaireForm({ code, dto }: { code: string; dto: QuestionnaireDTO }) {
  const t = useTranslations();
  const format = useFormatter();
  const form = useRef<HTMLFormElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const questions = useMemo(() => dto.sections.flatMap((s) => s.questions), [dto.sections]);
  const [answers, setAnswers] = useState<Answers>(dto.answers);
  const { state, pending, send, schedule } = useQuestionnaireSave(form, dto.response.version);
  const progress = sectionProgress(dto.sections, answers);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const prefilled = new Set(dto.prefilledKeys);
  const errorLinks = questions.filter((q) => errors?.[fieldName(q.key)]).map((q) => ({ href: `#${questionAnchor(q.key)}`, label: q.text }));
  const onChange = () => {
    if (form.current) setAnswers(answersFromForm(questions, new FormData(form.current)).answers);
    schedule();
  };
  const savedAt = state?.ok && state.data ? format.dateTime(new Date(state.data.savedAt), { hour: "2-digit", minute: "2-digit" }) : null;
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <form ref={form} onChange={onChange} onSubmit={(e) => { e.preventDefault(); send("save"); }} noValidate>
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="year" value={dto.round.year} />
        {dto.sections.map((s) => (
          <section key={s.key} id={`section-${s.key}`} aria-labelledby={`h-${s.key}`} className="scroll-mt-24 pb-6">
            <h2 id={`h-${s.key}`} className="mt-6 text-2xl font-semibold">{s.name}</h2>
            {s.questions.map((q) => (
              <QuestionField
                key={q.key}
                q={q}
                value={dto.answers[q.key]}
                prefillYear={prefilled.has(q.key) ? dto.prefillYear : null}
                error={fieldError(t, errors, fieldName(q.key))}
                hidden={!isApplicable(q, answers)}
              >
                {dto.comments.filter((c) => c.questionKey === q.key).map((c) => (
                  <CommentBox key={c.createdAt} comment={c} heading={t("questionnaire.comments.adviser")} date={format.dateTime(new Date(c.createdAt), { dateStyle: "long" })} />
                ))}
              </QuestionField>
            ))}
          </section>
        ))}
        <div className="sticky bottom-0 -mx-4 space-y-3 border-t border-line bg-white/95 px-4 py-4">
          {state?.ok && state.data && savedAt ? (
            <p role="status" className="text-sm font-semibold text-green-900">{t("questionnaire.form.savedAt", { time: savedAt })}</p>
          ) : (
            <FormStatus state={state} links={errorLinks} />
          )}
          <div className="flex flex-wrap gap-3">
            <button type="submit" className={buttonClass("secondary")} disabled={pending}>
              {pending ? t("workspace.form.saving") : t("questionnaire.form.save")}
            </button>
            <button type="button" className={buttonClass("primary")} disabled={pending} onClick={() => dialog.current?.showModal()}>
              {t("questionnaire.form.submit")}
            </button>
          </div>
        </div>
      </form>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <ProgressPanel progress={progress} names={Object.fromEntries(dto.sections.map((s) => [s.key, s.name]))} overall={overallProgress(progress)} />
      </div>
      <SubmitDialog ref={dialog} year={dto.round.year} onConfirm={() => send("submit")} />
    </div>
  );
}
