// The advice form checked by zod. Messages are catalog keys; follow-up rows come as parallel arrays
// (followUpId[], followUpDescription[], followUpDue[]) and are zipped here, errors keyed per row.
import { z } from "zod";
import { V, choice, choices, municipalityCode, text, version } from "@/lib/workspace/form";
import { PILLAR_NUMBERS, TRACK_CODES } from "@/lib/initiatives/options";
import { ADVICE_KINDS, ADVICE_MODES, FOLLOW_UP_MAX, MAX_FOLLOW_UPS, NOTES_MAX } from "./options";

const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const strings = z.preprocess(list, z.array(z.string().max(FOLLOW_UP_MAX + 50)).max(MAX_FOLLOW_UPS + 5));
const date = z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.iso.date({ error: V.invalidDate }));

export type FollowUpInput = { id: string | null; description: string; dueDate: string };

const Fields = z.object({
  code: municipalityCode,
  date,
  kind: choice(ADVICE_KINDS),
  mode: choice(ADVICE_MODES),
  "tracks[]": choices(TRACK_CODES),
  "pillars[]": choices(PILLAR_NUMBERS.map(String) as [string, ...string[]]),
  notes: text(NOTES_MAX),
  "followUpId[]": strings,
  "followUpDescription[]": strings,
  "followUpDue[]": strings,
});

/** Rows left completely empty are ignored; a half-filled row is an error on the missing half. */
function zipFollowUps(v: z.infer<typeof Fields>, ctx: z.RefinementCtx): FollowUpInput[] {
  const out: FollowUpInput[] = [];
  v["followUpDescription[]"].forEach((raw, i) => {
    const description = raw.trim();
    const due = (v["followUpDue[]"][i] ?? "").trim();
    const id = (v["followUpId[]"][i] ?? "").trim() || null;
    if (!description && !due && !id) return;
    if (!description) ctx.addIssue({ code: "custom", message: V.required, path: [`followUp.${i}.description`] });
    else if (description.length > FOLLOW_UP_MAX) ctx.addIssue({ code: "custom", message: V.tooLong, path: [`followUp.${i}.description`] });
    if (!z.iso.date().safeParse(due).success) ctx.addIssue({ code: "custom", message: due ? V.invalidDate : V.required, path: [`followUp.${i}.due`] });
    out.push({ id, description, dueDate: due });
  });
  if (out.length > MAX_FOLLOW_UPS) ctx.addIssue({ code: "custom", message: V.invalid, path: ["followUps"] });
  return out;
}

function shape(v: z.infer<typeof Fields>, ctx: z.RefinementCtx) {
  return {
    code: v.code,
    date: v.date,
    kind: v.kind,
    mode: v.mode,
    trackCodes: v["tracks[]"],
    pillarNumbers: v["pillars[]"].map(Number).sort((a, b) => a - b),
    notes: v.notes,
    followUps: zipFollowUps(v, ctx),
  };
}

export const CreateAdviceSchema = Fields.transform(shape);
export type AdviceInput = z.output<typeof CreateAdviceSchema>;

export const UpdateAdviceSchema = Fields.extend({ id: z.uuid({ error: V.invalid }), version }).transform((v, ctx) => ({
  ...shape(v, ctx),
  id: v.id,
  version: v.version,
}));
export type UpdateAdviceInput = z.output<typeof UpdateAdviceSchema>;

export const FollowUpDoneSchema = z.object({
  code: municipalityCode,
  id: z.uuid({ error: V.invalid }),
  done: z.enum(["true", "false"]).transform((v) => v === "true"),
});
