"use client";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { ChoiceGroup, SelectField, TextArea, TextField } from "@/components/workspace/fields";
import { label } from "@/components/workspace/messages";
import { centsToInput } from "@/lib/initiatives/money";
import {
  FUNDING_SOURCES,
  INITIATIVE_STATUSES,
  LINKED_PROGRAMMES,
  MONITORING_LEVELS,
  TARGET_GROUPS,
  VISIBILITIES,
} from "@/lib/initiatives/options";
import { DESCRIPTION_MAX, NEIGHBOURHOODS_MAX, TITLE_MAX } from "@/lib/initiatives/schemas";
import type { InitiativeDTO } from "@/lib/initiatives/types";
import type { Named } from "./initiative-form";

type Props = { initiative: InitiativeDTO | null; err: (name: string) => string | undefined };
const legend = "text-xl font-semibold text-brand-900";

function useOptions() {
  const t = useTranslations();
  return (list: readonly string[], group: string) => list.map((v) => ({ value: v, label: label(t, `workspace.enums.${group}.${v}`) }));
}

export function BasicsFields({ initiative: i, err }: Props) {
  const t = useTranslations("initiatives.form");
  const locale = useLocale() as AppLocale;
  const opts = useOptions();
  return (
    <fieldset className="space-y-5">
      <legend className={legend}>{t("basicsLegend")}</legend>
      <TextField name="title" label={t("title")} required requiredText={t("required")} maxLength={TITLE_MAX} defaultValue={i?.title ?? ""} error={err("title")} autoComplete="off" />
      <TextArea name="description" label={t("description")} hint={t("maxChars", { max: formatNumber(DESCRIPTION_MAX, locale) })} maxLength={DESCRIPTION_MAX} rows={5} defaultValue={i?.description ?? ""} error={err("description")} />
      <SelectField
        name="status"
        label={t("status")}
        required
        requiredText={t("required")}
        options={[{ value: "", label: t("choose") }, ...opts(INITIATIVE_STATUSES, "status")]}
        defaultValue={i?.status ?? ""}
        error={err("status")}
        className="max-w-sm"
      />
      <div className="grid items-end gap-5 sm:grid-cols-2">
        <TextField name="startDate" type="date" label={t("startDate")} defaultValue={i?.startDate ?? ""} error={err("startDate")} />
        <TextField name="endDate" type="date" label={t("endDate")} hint={t("endDateHint")} defaultValue={i?.endDate ?? ""} error={err("endDate")} />
      </div>
    </fieldset>
  );
}

export function ClassificationFields({ initiative: i, tracks, pillars, err }: Props & { tracks: Named[]; pillars: Named[] }) {
  const t = useTranslations("initiatives.form");
  return (
    <fieldset className="space-y-6">
      <legend className={legend}>{t("classificationLegend")}</legend>
      <ChoiceGroup name="tracks" legend={t("tracks")} hint={t("tracksHint")} required requiredText={t("required")} type="checkbox" options={tracks.map((x) => ({ value: x.key, label: x.name }))} selected={i?.tracks ?? []} error={err("tracks")} />
      <ChoiceGroup
        name="pillars"
        legend={t("pillars")}
        hint={t("pillarsHint")}
        type="checkbox"
        options={pillars.map((x) => ({ value: x.key, label: `${x.key}. ${x.name}` }))}
        selected={(i?.pillars ?? []).map(String)}
        error={err("pillars")}
      />
    </fieldset>
  );
}

export function ReachFields({ initiative: i, err }: Props) {
  const t = useTranslations("initiatives.form");
  const opts = useOptions();
  return (
    <fieldset className="space-y-6">
      <legend className={legend}>{t("reachLegend")}</legend>
      <ChoiceGroup name="targetGroups" legend={t("targetGroups")} type="checkbox" columns={3} options={opts(TARGET_GROUPS, "targetGroup")} selected={i?.targetGroups ?? []} error={err("targetGroups")} />
      <TextArea name="neighbourhoods" label={t("neighbourhoods")} hint={t("neighbourhoodsHint")} maxLength={NEIGHBOURHOODS_MAX} rows={3} defaultValue={(i?.neighbourhoods ?? []).join("\n")} error={err("neighbourhoods")} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="residentsReached" inputMode="numeric" label={t("residentsReached")} hint={t("countHint")} defaultValue={i?.residentsReached ?? ""} error={err("residentsReached")} />
        <TextField name="lowSesReached" inputMode="numeric" label={t("lowSesReached")} hint={t("lowSesHint")} defaultValue={i?.lowSesReached ?? ""} error={err("lowSesReached")} />
      </div>
      <ChoiceGroup name="programmes" legend={t("programmes")} hint={t("programmesHint")} type="checkbox" options={opts(LINKED_PROGRAMMES, "programme")} selected={i?.programmes ?? []} error={err("programmes")} />
    </fieldset>
  );
}

export function MoneyFields({ initiative: i, err }: Props) {
  const t = useTranslations("initiatives.form");
  const opts = useOptions();
  return (
    <fieldset className="space-y-6">
      <legend className={legend}>{t("moneyLegend")}</legend>
      <TextField name="budget" inputMode="decimal" label={t("budget")} hint={t("budgetHint")} defaultValue={centsToInput(i?.budgetCents ?? null)} error={err("budget")} className="max-w-sm" />
      <ChoiceGroup name="fundingSources" legend={t("fundingSources")} type="checkbox" options={opts(FUNDING_SOURCES, "funding")} selected={i?.fundingSources ?? []} error={err("fundingSources")} />
      <SelectField
        name="monitoringLevel"
        label={t("monitoringLevel")}
        hint={t("monitoringLevelHint")}
        options={[{ value: "", label: t("noMonitoring") }, ...opts(MONITORING_LEVELS, "monitoringLevel")]}
        defaultValue={i?.monitoringLevel ?? ""}
        error={err("monitoringLevel")}
        className="max-w-sm"
      />
    </fieldset>
  );
}

/** Visibility, with what each choice means for who can see the initiative. */
export function VisibilityField({ initiative: i, err }: Props) {
  const t = useTranslations();
  return (
    <fieldset aria-describedby="h-visibility">
      <legend className={legend}>{t("initiatives.form.visibilityLegend")}</legend>
      <p id="h-visibility" className="mt-1 text-muted">{t("initiatives.form.visibilityHint")}</p>
      {err("visibility") ? <p className="mt-1 font-semibold text-red-800">{err("visibility")}</p> : null}
      <div className="mt-3 space-y-3">
        {VISIBILITIES.map((v) => (
          <div key={v} className="flex items-start gap-3 rounded border border-line p-3">
            <input id={`visibility-${v}`} type="radio" name="visibility" value={v} defaultChecked={(i?.visibility ?? "PRIVATE") === v} aria-describedby={`visibility-${v}-text`} className="mt-1 size-5 accent-brand-700" />
            <div>
              <label htmlFor={`visibility-${v}`} className="font-semibold">{label(t, `workspace.enums.visibility.${v}`)}</label>
              <p id={`visibility-${v}-text`} className="text-sm text-muted">{label(t, `initiatives.visibility.${v}`)}</p>
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
