// Questionnaire rules: which questions apply, what is missing or inconsistent, progress per section. Pure.
import type { AnswerValue, Answers, QuestionDTO, SectionDTO } from "./types";

export const REQUIRED = "workspace.validation.required";
export const NOT_APPLICABLE = "workspace.validation.notApplicable";
export const PICK_ONE = "workspace.validation.pickAtLeastOne";

/** A conditional question applies only when its condition is answered "yes". */
export function isApplicable(q: QuestionDTO, answers: Answers): boolean {
  return q.conditionKey === null || answers[q.conditionKey] === true;
}

/** Whether a value counts as an answer to the question (for a required multi, "none" does not). */
export function isAnswered(q: QuestionDTO, v: AnswerValue | undefined): boolean {
  if (v === undefined) return false;
  if (q.type === "MULTI") return Array.isArray(v) && (v.length > 0 || !q.required);
  if (q.type === "TEXT") return typeof v === "string" && v.trim() !== "";
  if (q.type === "BOOLEAN") return typeof v === "boolean";
  return Array.isArray(v) && v.length === 1;
}

/** Drops the answers of questions that do not apply (e.g. monitoring levels after "no monitoring"). */
export function applicableAnswers(questions: readonly QuestionDTO[], answers: Answers): Answers {
  const out: Answers = {};
  for (const q of questions) {
    const v = answers[q.key];
    if (v !== undefined && isApplicable(q, answers)) out[q.key] = v;
  }
  return out;
}

/**
 * Errors that block submission, keyed by question: a required applicable question without an answer, a
 * required multi with nothing chosen, or an answer to a question that does not apply.
 */
export function validateAnswers(questions: readonly QuestionDTO[], answers: Answers): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const q of questions) {
    const v = answers[q.key];
    if (!isApplicable(q, answers)) {
      if (v !== undefined) errors[q.key] = NOT_APPLICABLE;
      continue;
    }
    if (!q.required || isAnswered(q, v)) continue;
    errors[q.key] = q.type === "MULTI" && Array.isArray(v) ? PICK_ONE : REQUIRED;
  }
  return errors;
}

export type SectionProgress = {
  key: string;
  /** Applicable questions answered. */
  answered: number;
  /** Applicable questions (conditional ones count only when their condition is "yes"). */
  applicable: number;
  /** All required applicable questions answered. */
  complete: boolean;
};

export function sectionProgress(sections: readonly SectionDTO[], answers: Answers): SectionProgress[] {
  return sections.map((s) => {
    const applicable = s.questions.filter((q) => isApplicable(q, answers));
    const answered = applicable.filter((q) => isAnswered(q, answers[q.key]));
    const complete = applicable.every((q) => !q.required || isAnswered(q, answers[q.key]));
    return { key: s.key, answered: answered.length, applicable: applicable.length, complete };
  });
}

/** Overall progress as a fraction 0–1 of applicable questions answered. */
export function overallProgress(progress: readonly SectionProgress[]): number {
  const total = progress.reduce((s, p) => s + p.applicable, 0);
  return total === 0 ? 1 : progress.reduce((s, p) => s + p.answered, 0) / total;
}
