"use client";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { inputClass } from "@/components/admin/styles";
import { buttonClass } from "@/components/ui/button-link";
import { createRound } from "@/lib/survey-admin/round-actions";
import { Field, useFieldErrors } from "./field";
import { useFormAction } from "./use-form-action";

/** A new round: its year and period. It starts as a draft with the questions of the latest earlier round. */
export function CreateRoundForm({ suggestedYear }: { suggestedYear: number }) {
  const t = useTranslations("surveyAdmin.rounds");
  const [state, onSubmit, pending] = useFormAction(createRound);
  const f = useFieldErrors(state && !state.ok ? state.fieldErrors : undefined);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("createTitle")} className="max-w-xl space-y-4">
      <FormStatus state={state} fieldsShown={["year", "opensAt", "closesAt"]} />
      <Field name="year" label={t("year")} hint={t("yearHint")} error={f.error("year")}>
        <input {...f.props("year", true)} type="number" inputMode="numeric" defaultValue={suggestedYear} min={2000} max={2100} required className={`${inputClass} max-w-40`} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="opensAt" label={t("opensAt")} error={f.error("opensAt")}>
          <input {...f.props("opensAt")} type="date" required className={inputClass} />
        </Field>
        <Field name="closesAt" label={t("closesAt")} error={f.error("closesAt")}>
          <input {...f.props("closesAt")} type="date" required className={inputClass} />
        </Field>
      </div>
      <p className="text-sm text-muted">{t("createNote")}</p>
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}
