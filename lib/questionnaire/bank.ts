import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/config";
import type { Answers, QuestionDTO, SectionDTO } from "./types";

// The questions of a round from the question bank, and stored answers as the form's values. Takes the
// client (db or a transaction) so actions read inside their transaction.

type Client = Prisma.TransactionClient;

export async function loadRoundQuestions(client: Client, roundId: string, locale: AppLocale): Promise<SectionDTO[]> {
  const rows = await client.roundQuestion.findMany({
    where: { roundId },
    select: {
      question: {
        select: {
          key: true,
          type: true,
          textNl: true,
          textEn: true,
          required: true,
          conditionKey: true,
          section: { select: { key: true, sortOrder: true, nameNl: true, nameEn: true } },
          options: { select: { key: true, textNl: true, textEn: true }, orderBy: { sortOrder: "asc" } },
        },
      },
    },
    orderBy: [{ question: { section: { sortOrder: "asc" } } }, { sortOrder: "asc" }],
  });
  const sections: SectionDTO[] = [];
  for (const { question: q } of rows) {
    let section = sections.at(-1);
    if (!section || section.key !== q.section.key) {
      section = { key: q.section.key, name: locale === "en" ? q.section.nameEn : q.section.nameNl, questions: [] };
      sections.push(section);
    }
    const dto: QuestionDTO = {
      key: q.key,
      sectionKey: q.section.key,
      type: q.type,
      text: locale === "en" ? q.textEn : q.textNl,
      required: q.required,
      conditionKey: q.conditionKey,
      options: q.options.map((o) => ({ key: o.key, text: locale === "en" ? o.textEn : o.textNl })),
    };
    section.questions.push(dto);
  }
  return sections;
}

export const ANSWER_SELECT = {
  questionKey: true,
  valueBool: true,
  valueText: true,
  prefilled: true,
  question: { select: { type: true } },
  choices: { select: { optionKey: true, option: { select: { sortOrder: true } } } },
} satisfies Prisma.AnswerSelect;

type AnswerRow = Prisma.AnswerGetPayload<{ select: typeof ANSWER_SELECT }>;

/** Stored answer rows → form values; also which of them are still the prefilled ones. */
export function toAnswers(rows: readonly AnswerRow[]): { answers: Answers; prefilled: string[] } {
  const answers: Answers = {};
  const prefilled: string[] = [];
  for (const r of rows) {
    const t = r.question.type;
    if (t === "BOOLEAN") {
      if (r.valueBool === null) continue;
      answers[r.questionKey] = r.valueBool;
    } else if (t === "TEXT") {
      if (!r.valueText) continue;
      answers[r.questionKey] = r.valueText;
    } else {
      answers[r.questionKey] = [...r.choices].sort((a, b) => a.option.sortOrder - b.option.sortOrder).map((c) => c.optionKey);
    }
    if (r.prefilled) prefilled.push(r.questionKey);
  }
  return { answers, prefilled };
}

/** The answers of the most recent earlier round this municipality answered (for prefill). */
export async function previousAnswers(client: Client, code: string, beforeYear: number): Promise<{ year: number; answers: Answers } | null> {
  const prev = await client.surveyResponse.findFirst({
    where: { municipalityCode: code, round: { year: { lt: beforeYear } }, answers: { some: {} } },
    select: { round: { select: { year: true } }, answers: { select: ANSWER_SELECT } },
    orderBy: { round: { year: "desc" } },
  });
  return prev ? { year: prev.round.year, answers: toAnswers(prev.answers).answers } : null;
}
