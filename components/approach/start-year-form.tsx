"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-link";
import { ChoiceGroup, SelectField } from "@/components/workspace/fields";
import { FormStatus } from "@/components/workspace/form-status";
import { fieldError } from "@/components/workspace/messages";
import { useFormAction } from "@/components/workspace/use-form-action";
import { startApproachYearAction } from "@/lib/approach/actions";

/** Starts the approach of a year that has none yet: from the most recent earlier year, or empty. */
export function StartYearForm({ code, years, latestYear }: { code: string; years: number[]; latestYear: number | null }) {
  const t = useTranslations();
  const router = useRouter();
  const { state, onSubmit, formAction, pending } = useFormAction(startApproachYearAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  useEffect(() => {
    if (state?.ok && state.data) router.push(`/gemeenten/${code}/aanpak?jaar=${state.data.year}`);
  }, [state, code, router]);
  if (years.length === 0) return null;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-line p-5" aria-labelledby="start-year">
      <h2 id="start-year" className="text-xl font-semibold">
        {t("approach.start.heading")}
      </h2>
      <input type="hidden" name="code" value={code} />
      <SelectField
        name="year"
        label={t("approach.start.year")}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
        defaultValue={String(years[0])}
        error={fieldError(t, errors, "year")}
        className="max-w-xs"
      />
      {latestYear ? (
        <ChoiceGroup
          name="from"
          legend={t("approach.start.from")}
          type="radio"
          columns={1}
          selected={["copy"]}
          options={[
            { value: "copy", label: t("approach.start.copy", { year: latestYear }) },
            { value: "empty", label: t("approach.start.empty") },
          ]}
        />
      ) : (
        <input type="hidden" name="from" value="empty" />
      )}
      <FormStatus state={state} success={t("approach.start.started")} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? t("workspace.form.saving") : t("approach.start.submit")}
      </button>
    </form>
  );
}
