"use client";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { ChoiceGroup, TextArea } from "@/components/workspace/fields";
import { FormStatus } from "@/components/workspace/form-status";
import { fieldError, label } from "@/components/workspace/messages";
import { useFormAction } from "@/components/workspace/use-form-action";
import { buttonClass } from "@/components/ui/button-link";
import { saveApproachAction } from "@/lib/approach/actions";
import { ANCHORING_METHODS, APPROACH_STAGES, RESIDENT_METHODS } from "@/lib/approach/options";
import { STORY_MAX } from "@/lib/approach/schemas";
import type { ApproachDTO } from "@/lib/approach/types";
import { FUNDING_SOURCES, MONITORING_LEVELS } from "@/lib/initiatives/options";
import { PillarFields, TrackFields, type NamedItem } from "./approach-fields";
import { FollowUpQuestion } from "./follow-up-question";

/** The approach of one year. Saving keeps the form as typed; a stale version is refused (conflict). */
export function ApproachForm({ code, approach, tracks, pillars }: { code: string; approach: ApproachDTO; tracks: NamedItem[]; pillars: NamedItem[] }) {
  const t = useTranslations();
  const locale = useLocale() as AppLocale;
  const { state, onSubmit, formAction, pending } = useFormAction(saveApproachAction);
  const saved = state?.ok ? state.data : undefined;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const err = (name: string) => fieldError(t, errors, name);
  const opts = (list: readonly string[], group: string) => list.map((v) => ({ value: v, label: label(t, `workspace.enums.${group}.${v}`) }));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-10" aria-describedby="approach-status">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="year" value={approach.year} />
      <input type="hidden" name="id" value={saved?.id ?? approach.id} />
      <input type="hidden" name="version" value={saved?.version ?? approach.version} />

      <ChoiceGroup
        name="stage"
        legend={<span className="text-xl font-semibold text-brand-900">{t("approach.form.stageLegend")}</span>}
        hint={t("approach.form.stageHint")}
        type="radio"
        columns={1}
        options={[...opts(APPROACH_STAGES, "stage"), { value: "", label: t("workspace.form.notFilledIn") }]}
        selected={[approach.stage ?? ""]}
        error={err("stage")}
      />
      <TrackFields tracks={tracks} approach={approach} errors={errors} />
      <PillarFields pillars={pillars} approach={approach} errors={errors} />

      <fieldset className="space-y-6">
        <legend className="text-xl font-semibold text-brand-900">{t("approach.form.residentsLegend")}</legend>
        <FollowUpQuestion
          name="lowSesInvolved"
          legend={t("approach.form.lowSesInvolved")}
          value={approach.lowSesInvolved}
          listName="residentMethods"
          listLegend={t("approach.form.residentMethods")}
          options={opts(RESIDENT_METHODS, "residentMethod")}
          selected={approach.residentMethods}
          errors={{ lead: err("lowSesInvolved"), list: err("residentMethods") }}
        />
      </fieldset>
      <fieldset className="space-y-6">
        <legend className="text-xl font-semibold text-brand-900">{t("approach.form.monitoringLegend")}</legend>
        <FollowUpQuestion
          name="monitoringAttention"
          legend={t("approach.form.monitoringAttention")}
          value={approach.monitoringAttention}
          listName="monitoringLevels"
          listLegend={t("approach.form.monitoringLevels")}
          options={opts(MONITORING_LEVELS, "monitoringLevel")}
          selected={approach.monitoringLevels}
          errors={{ lead: err("monitoringAttention"), list: err("monitoringLevels") }}
        />
      </fieldset>
      <fieldset className="space-y-6">
        <legend className="text-xl font-semibold text-brand-900">{t("approach.form.anchoringLegend")}</legend>
        <FollowUpQuestion
          name="anchoringAttention"
          legend={t("approach.form.anchoringAttention")}
          value={approach.anchoringAttention}
          listName="anchoringMethods"
          listLegend={t("approach.form.anchoringMethods")}
          options={opts(ANCHORING_METHODS, "anchoringMethod")}
          selected={approach.anchoringMethods}
          errors={{ lead: err("anchoringAttention"), list: err("anchoringMethods") }}
        />
      </fieldset>
      <ChoiceGroup
        name="fundingSources"
        legend={<span className="text-xl font-semibold text-brand-900">{t("approach.form.fundingLegend")}</span>}
        hint={t("approach.form.fundingHint")}
        type="checkbox"
        options={opts(FUNDING_SOURCES, "funding")}
        selected={approach.fundingSources}
        error={err("fundingSources")}
      />
      <TextArea
        name="story"
        label={t("approach.form.story")}
        hint={t("approach.form.storyHint", { max: formatNumber(STORY_MAX, locale) })}
        rows={8}
        maxLength={STORY_MAX}
        defaultValue={approach.story}
        error={err("story")}
      />

      <div className="sticky bottom-0 -mx-4 space-y-3 border-t border-line bg-white/95 px-4 py-4">
        <FormStatus id="approach-status" state={state} success={t("approach.form.saved", { year: approach.year })} />
        {state && !state.ok && state.conflict ? (
          <p>
            <a href={`/gemeenten/${code}/aanpak?jaar=${approach.year}`} target="_blank" rel="noopener">
              {t("workspace.form.openLatest")}
            </a>
          </p>
        ) : null}
        <button type="submit" className={buttonClass("primary")} disabled={pending} aria-disabled={pending}>
          {pending ? t("workspace.form.saving") : t("approach.form.save")}
        </button>
      </div>
    </form>
  );
}
