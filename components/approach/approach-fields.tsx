"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { ChoiceGroup, FieldError, TextArea, fieldIds } from "@/components/workspace/fields";
import { fieldError, label } from "@/components/workspace/messages";
import { PILLAR_ASSESSMENTS } from "@/lib/approach/options";
import { PILLAR_NOTE_MAX, TRACK_TEXT_MAX, pillarField, pillarNoteField, trackField, trackTextField } from "@/lib/approach/schemas";
import type { ApproachDTO } from "@/lib/approach/types";

export type NamedItem = { key: string; name: string; description: string };
type Errors = Record<string, string[]> | undefined;

function TrackRow({ track, initial, errors }: { track: NamedItem; initial?: { text: string }; errors: Errors }) {
  const t = useTranslations();
  const locale = useLocale() as AppLocale;
  const [on, setOn] = useState(initial !== undefined);
  const name = trackField(track.key);
  const error = fieldError(t, errors, name);
  return (
    <div className="rounded border border-line p-4">
      <div className="flex items-start gap-3">
        <input
          id={fieldIds(name).id}
          type="checkbox"
          name={name}
          defaultChecked={on}
          onChange={(e) => setOn(e.currentTarget.checked)}
          aria-describedby={`${fieldIds(name).hint}${error ? ` ${fieldIds(name).err}` : ""}`}
          aria-invalid={error ? true : undefined}
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <div>
          <label htmlFor={fieldIds(name).id} className="font-semibold">
            {track.name}
          </label>
          <p id={fieldIds(name).hint} className="text-sm text-muted">{track.description}</p>
          <FieldError name={name} error={error} />
        </div>
      </div>
      {on ? (
        <TextArea
          className="mt-3"
          name={trackTextField(track.key)}
          label={t("approach.form.trackText", { track: track.name })}
          hint={t("approach.form.maxChars", { max: formatNumber(TRACK_TEXT_MAX, locale) })}
          maxLength={TRACK_TEXT_MAX}
          rows={3}
          defaultValue={initial?.text ?? ""}
          error={fieldError(t, errors, trackTextField(track.key))}
        />
      ) : null}
    </div>
  );
}

export function TrackFields({ tracks, approach, errors }: { tracks: NamedItem[]; approach: ApproachDTO | null; errors: Errors }) {
  const t = useTranslations("approach.form");
  return (
    <fieldset className="space-y-3">
      <legend className="text-xl font-semibold text-brand-900">{t("tracksLegend")}</legend>
      <p className="text-muted">{t("tracksHint")}</p>
      {tracks.map((tr) => (
        <TrackRow key={tr.key} track={tr} initial={approach?.tracks.find((x) => x.code === tr.key)} errors={errors} />
      ))}
    </fieldset>
  );
}

export function PillarFields({ pillars, approach, errors }: { pillars: NamedItem[]; approach: ApproachDTO | null; errors: Errors }) {
  const t = useTranslations();
  const locale = useLocale() as AppLocale;
  const options = [
    ...PILLAR_ASSESSMENTS.map((a) => ({ value: a, label: label(t, `workspace.enums.assessment.${a}`) })),
    { value: "", label: t("workspace.form.notFilledIn") },
  ];
  return (
    <fieldset className="space-y-3">
      <legend className="text-xl font-semibold text-brand-900">{t("approach.form.pillarsLegend")}</legend>
      <p className="text-muted">{t("approach.form.pillarsHint")}</p>
      {pillars.map((p) => {
        const own = approach?.pillars.find((x) => x.number === Number(p.key));
        return (
          <div key={p.key} className="rounded border border-line p-4">
            <ChoiceGroup
              name={pillarField(Number(p.key))}
              legend={`${p.key}. ${p.name}`}
              hint={p.description}
              type="radio"
              columns="inline"
              options={options}
              selected={[own?.assessment ?? ""]}
              error={fieldError(t, errors, pillarField(Number(p.key)))}
            />
            <TextArea
              className="mt-3"
              name={pillarNoteField(Number(p.key))}
              label={t("approach.form.pillarNote", { pillar: p.name })}
              hint={t("approach.form.maxChars", { max: formatNumber(PILLAR_NOTE_MAX, locale) })}
              maxLength={PILLAR_NOTE_MAX}
              rows={2}
              defaultValue={own?.note ?? ""}
              error={fieldError(t, errors, pillarNoteField(Number(p.key)))}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
