// The initiative form (every field of the model) checked by zod. Messages are catalog keys; each error is
// keyed by the form field it belongs to.
import { z } from "zod";
import { V, choice, choices, municipalityCode, optionalChoice, optionalCount, optionalDate, requiredText, text, version } from "@/lib/workspace/form";
import { parseEuroCents } from "./money";
import {
  FUNDING_SOURCES,
  INITIATIVE_STATUSES,
  LINKED_PROGRAMMES,
  MONITORING_LEVELS,
  PARTNER_TYPES,
  PILLAR_NUMBERS,
  TARGET_GROUPS,
  TRACK_CODES,
  VISIBILITIES,
} from "./options";

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 4000;
export const NEIGHBOURHOODS_MAX = 1000;
export const PARTNER_NAME_MAX = 200;
export const MAX_PARTNERS = 30;

/** Neighbourhoods typed one per line or separated by commas → a clean list. */
export function splitNeighbourhoods(s: string): string[] {
  return [...new Set(s.split(/[\n,;]/).map((x) => x.trim()).filter(Boolean))];
}

const budget = z.preprocess(
  (v) => {
    const s = typeof v === "string" ? v.trim() : v;
    if (s === "" || s === undefined || s === null) return null;
    return typeof s === "string" ? parseEuroCents(s) : s;
  },
  z.number({ error: V.invalidNumber }).int().min(0, { error: V.negative }).max(100_000_000_000, { error: V.invalidNumber }).nullable(),
);

const pillarNumbers = choices(PILLAR_NUMBERS.map(String) as [string, ...string[]]).transform((a) => a.map(Number).sort((x, y) => x - y));

const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const InitiativeFields = z.object({
  code: municipalityCode,
  title: requiredText(TITLE_MAX),
  description: text(DESCRIPTION_MAX),
  status: choice(INITIATIVE_STATUSES),
  startDate: optionalDate,
  endDate: optionalDate,
  targetGroups: choices(TARGET_GROUPS),
  neighbourhoods: text(NEIGHBOURHOODS_MAX).transform(splitNeighbourhoods),
  programmes: choices(LINKED_PROGRAMMES),
  budget,
  fundingSources: choices(FUNDING_SOURCES),
  residentsReached: optionalCount,
  lowSesReached: optionalCount,
  monitoringLevel: optionalChoice(MONITORING_LEVELS),
  visibility: choice(VISIBILITIES),
  tracks: choices(TRACK_CODES),
  pillars: pillarNumbers,
  partnerType: z.preprocess(list, z.array(z.string())),
  partnerName: z.preprocess(list, z.array(z.string())),
  /** Set when the user confirmed that a same-titled initiative is a different one. */
  confirmDuplicate: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});

type Fields = z.output<typeof InitiativeFields>;

function checkPartners(d: Fields, ctx: z.RefinementCtx) {
  if (!Array.isArray(d.partnerName) || !Array.isArray(d.partnerType)) return;
  const rows = d.partnerName.map((name, i) => ({ name: String(name).trim(), type: d.partnerType[i] ?? "" }));
  const filled = rows.filter((r) => r.name !== "");
  if (filled.length > MAX_PARTNERS) ctx.addIssue({ code: "custom", path: ["partners"], message: V.tooLong });
  if (filled.some((r) => r.name.length > PARTNER_NAME_MAX)) ctx.addIssue({ code: "custom", path: ["partners"], message: V.tooLong });
  if (filled.some((r) => !(PARTNER_TYPES as readonly string[]).includes(r.type))) {
    ctx.addIssue({ code: "custom", path: ["partners"], message: V.partnerTypeRequired });
  }
}

/** Cross-field checks. They run even when single fields failed (so every message shows at once); a field
 *  that failed may still hold its raw input, hence the type guards. */
function checkAll(d: Fields, ctx: z.RefinementCtx) {
  const iso = (v: unknown) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
  if (iso(d.startDate) && iso(d.endDate) && d.endDate! < d.startDate!) ctx.addIssue({ code: "custom", path: ["endDate"], message: V.endBeforeStart });
  // The model's rule: every initiative works on at least one of the five tracks (the matrix and the
  // programme figures count initiatives by track).
  if (Array.isArray(d.tracks) && d.tracks.length === 0) ctx.addIssue({ code: "custom", path: ["tracks"], message: V.trackRequired });
  if (typeof d.lowSesReached === "number" && typeof d.residentsReached === "number" && d.lowSesReached > d.residentsReached) {
    ctx.addIssue({ code: "custom", path: ["lowSesReached"], message: V.lowSesExceedsReached });
  }
  checkPartners(d, ctx);
}

const shape = ({ partnerType, partnerName, budget: cents, ...d }: Fields) => ({
  ...d,
  budgetCents: cents,
  partners: partnerName
    .map((name, i) => ({ name: name.trim(), type: partnerType[i] as (typeof PARTNER_TYPES)[number] }))
    .filter((p) => p.name !== ""),
});

const always = { when: () => true };

export const CreateInitiativeSchema = InitiativeFields.superRefine(checkAll, always).transform(shape);
export type InitiativeInput = z.output<typeof CreateInitiativeSchema>;

export const UpdateInitiativeSchema = InitiativeFields.extend({ id: z.uuid({ error: V.invalid }), version })
  .superRefine(checkAll, always)
  .transform(({ id, version: v, ...d }) => ({ ...shape(d), id, version: v }));

export const ArchiveInitiativeSchema = z.object({ code: municipalityCode, id: z.uuid({ error: V.invalid }), version });
