"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { FieldError, describedBy, fieldIds, inputClass } from "@/components/workspace/fields";
import { FormStatus } from "@/components/workspace/form-status";
import { fieldError } from "@/components/workspace/messages";
import { useFormAction } from "@/components/workspace/use-form-action";
import { addReviewCommentAction } from "@/lib/review/actions";
import { COMMENT_MAX } from "@/lib/review/schemas";

/** A comment on one answer (questionKey) or on the whole questionnaire; emptied after it is saved. */
export function CommentForm({ code, responseId, questionKey, label }: { code: string; responseId: string; questionKey: string | null; label: string }) {
  const t = useTranslations("review");
  const tAll = useTranslations();
  const ref = useRef<HTMLFormElement>(null);
  const { state, formAction, onSubmit, pending } = useFormAction(addReviewCommentAction);
  useEffect(() => {
    if (state?.ok) ref.current?.reset();
  }, [state]);
  const name = `body-${questionKey ?? "general"}`;
  const error = state && !state.ok ? fieldError(tAll, state.fieldErrors, "body") : undefined;
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="mt-2 space-y-2">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="responseId" value={responseId} />
      <input type="hidden" name="questionKey" value={questionKey ?? ""} />
      <label htmlFor={fieldIds(name).id} className="font-semibold">{label}</label>
      <FieldError name={name} error={error} />
      <textarea id={fieldIds(name).id} name="body" rows={3} maxLength={COMMENT_MAX} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, undefined, error)} className={inputClass} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded border-2 border-brand-900 bg-white px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50">
          {pending ? t("saving") : t("addComment")}
        </button>
        <div className="min-w-0 flex-1">{state && !state.ok && !error ? <FormStatus state={state} /> : <span aria-live="polite">{state?.ok ? t("commentSaved") : ""}</span>}</div>
      </div>
    </form>
  );
}
