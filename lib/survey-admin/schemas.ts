// Forms of the survey administration (rounds, question bank, reminders). Messages are catalog keys.
import { z } from "zod";

export const QUESTION_TYPES = ["BOOLEAN", "SINGLE", "MULTI", "LIKERT_HELP", "TEXT"] as const;
export type QuestionTypeValue = (typeof QUESTION_TYPES)[number];
/** Types whose answers are options of the question (likert questions get the three fixed levels). */
export const TYPES_WITH_OPTIONS: readonly QuestionTypeValue[] = ["SINGLE", "MULTI"];
export const LIKERT_OPTIONS = [
  { key: "NOT_HELPED", textNl: "Niet geholpen", textEn: "Did not help" },
  { key: "HELPED", textNl: "Geholpen", textEn: "Helped" },
  { key: "STRONGLY_HELPED", textNl: "Sterk geholpen", textEn: "Helped a lot" },
] as const;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const id = z.uuid("validation.invalid");
const version = z.coerce.number("validation.invalid").int().min(1, "validation.invalid");
const isoDate = z.string("validation.required").regex(/^\d{4}-\d{2}-\d{2}$/, "surveyAdmin.validation.date");
const text = (max: number) => z.string("validation.required").trim().min(1, "validation.required").max(max, "validation.tooLong");
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

// ── Rounds ──

const dates = { opensAt: isoDate, closesAt: isoDate };
const datesInOrder = (v: { opensAt: string; closesAt: string }) => v.closesAt > v.opensAt;
const datesIssue = { path: ["closesAt"], message: "surveyAdmin.validation.closesAfterOpens" };

export const CreateRoundSchema = z
  .object({ year: z.coerce.number("validation.invalid").int().min(2000, "surveyAdmin.validation.year").max(2100, "surveyAdmin.validation.year"), ...dates })
  .refine(datesInOrder, datesIssue);
export const UpdateRoundSchema = z.object({ id, version, ...dates }).refine(datesInOrder, datesIssue);
export const RoundQuestionsSchema = z.object({
  id,
  version,
  questions: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().min(1)).max(500)),
});
export const RoundStatusSchema = z.object({ id, version, status: z.enum(["OPEN", "CLOSED", "DRAFT"]), confirm: z.literal("yes", "validation.confirm") });

// ── Question bank ──

const questionKey = z
  .string("validation.required")
  .trim()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, "surveyAdmin.validation.questionKey")
  .max(100, "validation.tooLong");
const optionKey = z.string().trim().regex(/^[A-Z][A-Z0-9_]*$/, "surveyAdmin.validation.optionKey").max(60, "validation.tooLong");

export const OptionInputSchema = z.object({ key: optionKey, textNl: text(300), textEn: text(300) });
export type OptionInput = z.output<typeof OptionInputSchema>;

const questionFields = {
  sectionKey: z.string("validation.required").min(1, "validation.required"),
  sortOrder: z.coerce.number("validation.invalid").int().min(0, "validation.invalid").max(9999, "validation.invalid"),
  textNl: text(1000),
  textEn: text(1000),
  required: checkbox,
  conditionKey: z.preprocess(blankToUndefined, z.string().optional()),
  options: z.array(OptionInputSchema).max(50, "validation.tooLong"),
};

export const CreateQuestionSchema = z.object({ key: questionKey, type: z.enum(QUESTION_TYPES, "surveyAdmin.validation.type"), ...questionFields });
export const UpdateQuestionSchema = z.object({ key: z.string().min(1), version, ...questionFields });
export const DeleteQuestionSchema = z.object({ key: z.string().min(1), version, confirm: z.literal("yes", "validation.confirm") });
export type CreateQuestionInput = z.output<typeof CreateQuestionSchema>;
export type UpdateQuestionInput = z.output<typeof UpdateQuestionSchema>;

/**
 * The option rows of the question form arrive as option.<i>.key / .textNl / .textEn; blank rows (all three
 * empty) are the editor's spare rows and are dropped.
 */
export function optionsFromForm(form: Record<string, unknown>): Record<string, string>[] {
  const rows = new Map<number, Record<string, string>>();
  for (const [name, value] of Object.entries(form)) {
    const m = /^option\.(\d+)\.(key|textNl|textEn)$/.exec(name);
    if (!m || typeof value !== "string") continue;
    const row = rows.get(Number(m[1])) ?? {};
    row[m[2]!] = value;
    rows.set(Number(m[1]), row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, r]) => r)
    .filter((r) => [r.key, r.textNl, r.textEn].some((v) => v && v.trim() !== ""));
}

// ── Reminders ──

export const REMINDER_TARGETS = ["notStarted", "inProgress", "all"] as const;
export type ReminderTarget = (typeof REMINDER_TARGETS)[number];
export const SendRemindersSchema = z.object({
  roundId: id,
  target: z.enum(REMINDER_TARGETS, "validation.invalid"),
  confirm: z.literal("yes", "validation.confirm"),
});

export const TRACKING_STATUSES = ["NOT_STARTED", "DRAFT", "RETURNED", "SUBMITTED", "ACCEPTED"] as const;
export const TrackingFiltersSchema = z.object({
  status: z.preprocess(blankToUndefined, z.enum(TRACKING_STATUSES).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type TrackingFilters = z.output<typeof TrackingFiltersSchema>;
