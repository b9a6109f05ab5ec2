// Zod building blocks for the workspace forms. Messages are catalog keys (messages/*.json, namespace
// "workspace.validation"), so the form shows them in Dutch (or English) next to the field.
import { z } from "zod";

export const V = {
  required: "workspace.validation.required",
  invalid: "workspace.validation.invalid",
  invalidChoice: "workspace.validation.invalidChoice",
  tooLong: "workspace.validation.tooLong",
  invalidNumber: "workspace.validation.invalidNumber",
  negative: "workspace.validation.negative",
  invalidDate: "workspace.validation.invalidDate",
  endBeforeStart: "workspace.validation.endBeforeStart",
  lowSesExceedsReached: "workspace.validation.lowSesExceedsReached",
  notApplicable: "workspace.validation.notApplicable",
  invalidYear: "workspace.validation.invalidYear",
  trackTextNeedsTrack: "workspace.validation.trackTextNeedsTrack",
  noteNeedsAssessment: "workspace.validation.noteNeedsAssessment",
  duplicateTitle: "workspace.validation.duplicateTitle",
  partnerTypeRequired: "workspace.validation.partnerTypeRequired",
  trackRequired: "workspace.validation.trackRequired",
} as const;

/** Form names ending in "[]" (checkbox groups) become arrays under the name without "[]"; empty groups are absent. */
export function normalizeForm(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key.endsWith("[]")) out[key.slice(0, -2)] = Array.isArray(value) ? value : [value];
    else out[key] = value;
  }
  return out;
}

const str = (v: unknown) => (typeof v === "string" ? v.trim() : v);

/** Free text, trimmed, at most `max` characters; absent → "". */
export const text = (max: number) => z.preprocess((v) => str(v) ?? "", z.string({ error: V.invalid }).max(max, { error: V.tooLong }));

/** Required single-line text. */
export const requiredText = (max: number) =>
  z.preprocess((v) => str(v) ?? "", z.string({ error: V.required }).min(1, { error: V.required }).max(max, { error: V.tooLong }));

/** "yes" | "no" | "" (not answered) → true | false | null. */
export const yesNo = z.preprocess(
  (v) => (v === "yes" || v === true ? true : v === "no" || v === false ? false : v === "" || v === undefined || v === null ? null : v),
  z.boolean({ error: V.invalidChoice }).nullable(),
);

/** One of `values`, or null when left empty. */
export const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(values, { error: V.invalidChoice }).nullable());

/** One of `values` (required). */
export const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.enum(values, { error: V.required }));

/** A checkbox group: zero or more of `values`, duplicates removed. */
export const choices = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(values, { error: V.invalidChoice })).transform((a) => [...new Set(a)]),
  );

/** A whole number ≥ 0, or null when left empty. Accepts Dutch digit grouping ("1.250"). */
export const optionalCount = z.preprocess(
  (v) => {
    const s = str(v);
    if (s === "" || s === undefined || s === null) return null;
    if (typeof s === "string") return /^\d{1,3}(\.\d{3})+$/.test(s) ? Number(s.replaceAll(".", "")) : Number(s);
    return s;
  },
  z.number({ error: V.invalidNumber }).int({ error: V.invalidNumber }).min(0, { error: V.negative }).max(100_000_000, { error: V.invalidNumber }).nullable(),
);

/** An ISO date (yyyy-mm-dd, as <input type="date"> sends it), or null when empty. */
export const optionalDate = z.preprocess(
  (v) => (str(v) === "" || v === undefined || v === null ? null : str(v)),
  z.iso.date({ error: V.invalidDate }).nullable(),
);

/** The record's version as the form loaded it (optimistic concurrency). */
export const version = z.coerce.number({ error: V.invalid }).int().min(0);

/** A municipality code as in the URL (CBS: "GM" + 4 digits). */
export const municipalityCode = z.string().regex(/^GM\d{4}$/, { error: V.invalid });
