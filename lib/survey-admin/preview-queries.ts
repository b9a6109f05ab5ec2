import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/actions/state";
import { assertCan } from "@/lib/auth/guard";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { AppLocale } from "@/lib/i18n/config";
import type { QuestionTypeValue } from "./schemas";

// A round's questionnaire as a municipality sees it: sections in order, the round's questions in the
// round's order, options in their order, and the condition that shows a follow-up question.

export type PreviewQuestionDTO = {
  key: string;
  number: number;
  text: string;
  type: QuestionTypeValue;
  required: boolean;
  options: { key: string; text: string }[];
  /** The yes/no question that must be answered "yes" for this one to be asked. */
  condition: { key: string; text: string } | null;
};
export type PreviewSectionDTO = { key: string; name: string; questions: PreviewQuestionDTO[] };
export type RoundPreviewDTO = { year: number; status: string; closesAt: string; sections: PreviewSectionDTO[] };

export async function getRoundPreview(viewer: Viewer | null, year: number, locale: AppLocale): Promise<RoundPreviewDTO> {
  assertCan(viewer, "manage", "survey-admin");
  const round = await db.surveyRound.findUnique({
    where: { year },
    select: {
      year: true,
      status: true,
      closesAt: true,
      questions: {
        orderBy: { sortOrder: "asc" },
        select: {
          question: {
            select: {
              key: true,
              type: true,
              required: true,
              textNl: true,
              textEn: true,
              section: { select: { key: true, sortOrder: true, nameNl: true, nameEn: true } },
              condition: { select: { key: true, textNl: true, textEn: true } },
              options: { select: { key: true, textNl: true, textEn: true }, orderBy: { sortOrder: "asc" } },
            },
          },
        },
      },
    },
  });
  if (!round) throw new NotFoundError();
  const pick = (x: { textNl: string; textEn: string }) => (locale === "en" ? x.textEn : x.textNl);
  const sections = new Map<string, PreviewSectionDTO & { order: number }>();
  // Round order within a section; sections in bank order (the form groups by section).
  for (const { question: q } of round.questions) {
    const s = sections.get(q.section.key) ?? { key: q.section.key, name: locale === "en" ? q.section.nameEn : q.section.nameNl, order: q.section.sortOrder, questions: [] };
    s.questions.push({
      key: q.key,
      number: 0,
      text: pick(q),
      type: q.type,
      required: q.required,
      options: q.options.map((o) => ({ key: o.key, text: pick(o) })),
      condition: q.condition ? { key: q.condition.key, text: pick(q.condition) } : null,
    });
    sections.set(q.section.key, s);
  }
  let n = 0;
  const ordered = [...sections.values()].sort((a, b) => a.order - b.order);
  for (const s of ordered) for (const q of s.questions) q.number = ++n;
  return {
    year: round.year,
    status: round.status,
    closesAt: round.closesAt.toISOString().slice(0, 10),
    sections: ordered.map(({ order: _order, ...s }) => s),
  };
}
