"use client";
import { useTranslations } from "next-intl";
import { ChoiceGroup, SelectField, TextArea, TextField } from "@/components/workspace/fields";
import { FormStatus } from "@/components/workspace/form-status";
import { fieldError } from "@/components/workspace/messages";
import { useFormAction } from "@/components/workspace/use-form-action";
import { createAdviceAction, updateAdviceAction } from "@/lib/advice/actions";
import { ADVICE_KINDS, ADVICE_MODES, NOTES_MAX } from "@/lib/advice/options";
import { PILLAR_NUMBERS, TRACK_CODES } from "@/lib/initiatives/options";
import { FollowUpRows, type FollowUpRow } from "./follow-up-rows";

export type AdviceFormValues = {
  id?: string;
  version?: number;
  date: string;
  kind: string;
  mode: string;
  trackCodes: string[];
  pillarNumbers: number[];
  notes: string;
  followUps: FollowUpRow[];
};

/** Create or edit an advice entry. A refused save (validation, conflict) keeps everything typed. */
export function AdviceForm({ code, values }: { code: string; values: AdviceFormValues }) {
  const t = useTranslations("advice");
  const tAll = useTranslations();
  const editing = Boolean(values.id);
  const { state, formAction, onSubmit, pending } = useFormAction(editing ? updateAdviceAction : createAdviceAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const err = (name: string) => fieldError(tAll, errors, name);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-describedby="advice-status">
      <FormStatus state={state} id="advice-status" />
      <input type="hidden" name="code" value={code} />
      {editing ? (
        <>
          <input type="hidden" name="id" value={values.id} />
          <input type="hidden" name="version" value={values.version} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="date" type="date" label={t("form.date")} required requiredText={t("form.required")} defaultValue={values.date} error={err("date")} />
        <SelectField name="kind" label={t("form.kind")} required requiredText={t("form.required")} defaultValue={values.kind} error={err("kind")}
          options={[{ value: "", label: t("form.choose") }, ...ADVICE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))]} />
        <SelectField name="mode" label={t("form.mode")} required requiredText={t("form.required")} defaultValue={values.mode} error={err("mode")}
          options={[{ value: "", label: t("form.choose") }, ...ADVICE_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))]} />
      </div>
      <ChoiceGroup name="tracks" type="checkbox" legend={t("form.tracks")} hint={t("form.topicsHint")} error={err("tracks[]")}
        options={TRACK_CODES.map((c) => ({ value: c, label: t(`tracks.${c}`) }))} selected={values.trackCodes} />
      <ChoiceGroup name="pillars" type="checkbox" legend={t("form.pillars")} error={err("pillars[]")}
        options={PILLAR_NUMBERS.map((n) => ({ value: String(n), label: `${n}. ${t(`pillars.${n}`)}` }))} selected={values.pillarNumbers.map(String)} />
      <TextArea name="notes" label={t("form.notes")} hint={t("form.notesHint")} maxLength={NOTES_MAX} rows={6} defaultValue={values.notes} error={err("notes")} />
      <FollowUpRows initial={values.followUps} errors={err} />
      <button type="submit" disabled={pending} className="rounded border-2 border-brand-700 bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? t("form.saving") : editing ? t("form.saveChanges") : t("form.save")}
      </button>
    </form>
  );
}
