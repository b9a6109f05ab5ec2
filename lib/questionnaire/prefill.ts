// Answers taken over from an earlier round. Pure; unit-tested.
import type { Answers, QuestionDTO } from "./types";

/**
 * The previous round's answers that still fit this round: the question is asked again, and every chosen
 * option still exists (a changed option list would otherwise carry a stale choice). Text answers are not
 * taken over: they describe that year ("what are you most proud of?").
 */
export function prefillAnswers(questions: readonly QuestionDTO[], previous: Answers): { answers: Answers; keys: string[] } {
  const answers: Answers = {};
  for (const q of questions) {
    const v = previous[q.key];
    if (v === undefined || q.type === "TEXT") continue;
    if (q.type === "BOOLEAN") {
      if (typeof v === "boolean") answers[q.key] = v;
      continue;
    }
    if (!Array.isArray(v)) continue;
    const known = new Set(q.options.map((o) => o.key));
    if (!v.every((k) => known.has(k))) continue;
    if (q.type !== "MULTI" && v.length !== 1) continue;
    answers[q.key] = [...v];
  }
  return { answers, keys: Object.keys(answers) };
}
