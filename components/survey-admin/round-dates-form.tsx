"use client";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { inputClass } from "@/components/admin/styles";
import { buttonClass } from "@/components/ui/button-link";
import { updateRound } from "@/lib/survey-admin/round-actions";
import { Field, useFieldErrors } from "./field";
import { useFormAction } from "./use-form-action";

export function RoundDatesForm({ id, version, opensAt, closesAt, disabled }: { id: string; version: number; opensAt: string; closesAt: string; disabled: boolean }) {
  const t = useTranslations("surveyAdmin.rounds");
  const [state, onSubmit, pending] = useFormAction(updateRound);
  const f = useFieldErrors(state && !state.ok ? state.fieldErrors : undefined);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("periodTitle")} className="max-w-xl space-y-4">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormStatus state={state} success={t("saved")} fieldsShown={["opensAt", "closesAt"]} />
      <fieldset disabled={disabled} className="grid gap-4 sm:grid-cols-2">
        <Field name="opensAt" label={t("opensAt")} error={f.error("opensAt")}>
          <input {...f.props("opensAt")} type="date" defaultValue={opensAt} required className={inputClass} />
        </Field>
        <Field name="closesAt" label={t("closesAt")} error={f.error("closesAt")}>
          <input {...f.props("closesAt")} type="date" defaultValue={closesAt} required className={inputClass} />
        </Field>
      </fieldset>
      {disabled ? <p className="text-sm text-muted">{t("closedReadOnly")}</p> : (
        <button type="submit" disabled={pending} className={buttonClass("secondary")}>
          {pending ? t("saving") : t("savePeriod")}
        </button>
      )}
    </form>
  );
}
