// Answers ↔ form fields, one convention for the form, the autosave and the server action. Pure.
//   BOOLEAN          radio  q.<key> = "yes" | "no"
//   SINGLE, LIKERT   radio  q.<key> = option key
//   MULTI            checkboxes q.<key>[] = option keys; q.<key>.none = "on" for "none of these"
//   TEXT             textarea q.<key>
//   prefill marker   hidden p.<key> = "1" while the answer is still the one taken over from last round
import type { AnswerValue, Answers, QuestionDTO } from "./types";

export const TEXT_MAX = 4000;

export const fieldName = (key: string) => `q.${key}`;
export const noneField = (key: string) => `q.${key}.none`;
export const prefillField = (key: string) => `p.${key}`;

type FormLike = { get(name: string): unknown; getAll(name: string): unknown[] };

export type ParsedAnswers = { answers: Answers; prefilled: string[]; errors: Record<string, string> };

function readOne(q: QuestionDTO, form: FormLike): { value?: AnswerValue; error?: string } {
  const name = fieldName(q.key);
  const optionKeys = new Set(q.options.map((o) => o.key));
  if (q.type === "BOOLEAN") {
    const v = form.get(name);
    if (v === null || v === "") return {};
    return v === "yes" || v === "no" ? { value: v === "yes" } : { error: "workspace.validation.invalidChoice" };
  }
  if (q.type === "TEXT") {
    const v = String(form.get(name) ?? "").trim();
    if (v === "") return {};
    return v.length > TEXT_MAX ? { error: "workspace.validation.tooLong" } : { value: v };
  }
  if (q.type === "MULTI") {
    const chosen = [...new Set(form.getAll(`${name}[]`).map(String))];
    if (chosen.some((c) => !optionKeys.has(c))) return { error: "workspace.validation.invalidChoice" };
    if (chosen.length > 0) return { value: q.options.map((o) => o.key).filter((k) => chosen.includes(k)) };
    return form.get(noneField(q.key)) === "on" ? { value: [] } : {};
  }
  const v = form.get(name);
  if (v === null || v === "") return {};
  return optionKeys.has(String(v)) ? { value: [String(v)] } : { error: "workspace.validation.invalidChoice" };
}

/** Reads the answers of `questions` from a form (FormData or anything with get/getAll). */
export function answersFromForm(questions: readonly QuestionDTO[], form: FormLike): ParsedAnswers {
  const answers: Answers = {};
  const errors: Record<string, string> = {};
  const prefilled: string[] = [];
  for (const q of questions) {
    const { value, error } = readOne(q, form);
    if (error) errors[q.key] = error;
    else if (value !== undefined) {
      answers[q.key] = value;
      if (form.get(prefillField(q.key)) === "1") prefilled.push(q.key);
    }
  }
  return { answers, prefilled, errors };
}

/** Whether two answers are the same (order of choices does not matter). */
export function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x) => b.includes(x));
  return a === b;
}
