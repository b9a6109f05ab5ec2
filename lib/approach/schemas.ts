// The approach form: one flat object (the form's field names), checked by zod and then shaped into the
// approach with its tracks and pillars. Flat keys make each error land next to its own field.
import { z } from "zod";
import { FUNDING_SOURCES, MONITORING_LEVELS, PILLAR_NUMBERS, TRACK_CODES } from "@/lib/initiatives/options";
import { V, choices, municipalityCode, optionalChoice, text, version, yesNo } from "@/lib/workspace/form";
import { ANCHORING_METHODS, APPROACH_STAGES, FIRST_APPROACH_YEAR, MAX_YEARS_AHEAD, PILLAR_ASSESSMENTS, RESIDENT_METHODS } from "./options";
import type { ApproachContent } from "./types";

export const TRACK_TEXT_MAX = 1000;
export const PILLAR_NOTE_MAX = 1000;
export const STORY_MAX = 4000;

export const trackField = (code: string) => `track_${code}`;
export const trackTextField = (code: string) => `trackText_${code}`;
export const pillarField = (n: number) => `pillar_${n}`;
export const pillarNoteField = (n: number) => `pillarNote_${n}`;

export const approachYear = () =>
  z.coerce
    .number({ error: V.invalidYear })
    .int({ error: V.invalidYear })
    .min(FIRST_APPROACH_YEAR, { error: V.invalidYear })
    .max(new Date().getFullYear() + MAX_YEARS_AHEAD, { error: V.invalidYear });

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

const perTrack = Object.fromEntries(
  TRACK_CODES.flatMap((c) => [
    [trackField(c), checkbox],
    [trackTextField(c), text(TRACK_TEXT_MAX)],
  ]),
);
const perPillar = Object.fromEntries(
  PILLAR_NUMBERS.flatMap((n) => [
    [pillarField(n), optionalChoice(PILLAR_ASSESSMENTS)],
    [pillarNoteField(n), text(PILLAR_NOTE_MAX)],
  ]),
);

const FlatSchema = z
  .object({
    code: municipalityCode,
    year: approachYear(),
    id: z.uuid().optional().or(z.literal("").transform(() => undefined)),
    version,
    stage: optionalChoice(APPROACH_STAGES),
    lowSesInvolved: yesNo,
    residentMethods: choices(RESIDENT_METHODS),
    monitoringAttention: yesNo,
    monitoringLevels: choices(MONITORING_LEVELS),
    anchoringAttention: yesNo,
    anchoringMethods: choices(ANCHORING_METHODS),
    fundingSources: choices(FUNDING_SOURCES),
    story: text(STORY_MAX),
  })
  // The per-track and per-pillar fields are generated; typed as {} so the named fields keep their types.
  .extend({ ...perTrack, ...perPillar } as Record<never, z.ZodType>)
  .superRefine((d, ctx) => {
    // Consistency, as in the questionnaire: the follow-up only when the lead question is "yes".
    const follow = [
      ["lowSesInvolved", "residentMethods"],
      ["monitoringAttention", "monitoringLevels"],
      ["anchoringAttention", "anchoringMethods"],
    ] as const;
    for (const [lead, list] of follow) {
      if (d[lead] !== true && Array.isArray(d[list]) && d[list].length > 0) ctx.addIssue({ code: "custom", path: [list], message: V.notApplicable });
    }
    // A text without its track or a note without an assessment would be lost on save: say so instead.
    const f = d as unknown as Record<string, unknown>;
    for (const c of TRACK_CODES) {
      if (f[trackTextField(c)] && f[trackField(c)] !== true) ctx.addIssue({ code: "custom", path: [trackField(c)], message: V.trackTextNeedsTrack });
    }
    for (const n of PILLAR_NUMBERS) {
      if (f[pillarNoteField(n)] && !f[pillarField(n)]) ctx.addIssue({ code: "custom", path: [pillarField(n)], message: V.noteNeedsAssessment });
    }
    // Runs even when single fields failed, so every message shows at once (values may then be raw input).
  }, { when: () => true });

export type ApproachForm = {
  code: string;
  year: number;
  id?: string;
  version: number;
  content: ApproachContent;
};

/** The form's flat fields → the approach (tracks with a place, pillars that were assessed). */
export const ApproachFormSchema = FlatSchema.transform((d): ApproachForm => {
  const f = d as unknown as Record<string, unknown>;
  return {
    code: d.code,
    year: d.year,
    id: d.id,
    version: d.version,
    content: {
      stage: d.stage,
      lowSesInvolved: d.lowSesInvolved,
      residentMethods: d.residentMethods,
      monitoringAttention: d.monitoringAttention,
      monitoringLevels: d.monitoringLevels,
      anchoringAttention: d.anchoringAttention,
      anchoringMethods: d.anchoringMethods,
      fundingSources: d.fundingSources,
      story: d.story,
      tracks: TRACK_CODES.filter((c) => f[trackField(c)] === true).map((c) => ({ code: c, text: f[trackTextField(c)] as string })),
      pillars: PILLAR_NUMBERS.flatMap((n) => {
        const assessment = f[pillarField(n)] as ApproachContent["pillars"][number]["assessment"] | null;
        return assessment ? [{ number: n, assessment, note: f[pillarNoteField(n)] as string }] : [];
      }),
    },
  };
});

export const StartYearSchema = z.object({
  code: municipalityCode,
  year: approachYear(),
  /** "copy": start from the most recent earlier year; "empty": start blank. */
  from: z.enum(["copy", "empty"], { error: V.invalidChoice }),
});
