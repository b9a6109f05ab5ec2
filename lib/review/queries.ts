import "server-only";
import { userName } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { AppLocale } from "@/lib/i18n/config";
import { requireMunicipality } from "@/lib/auth/scope";
import { ANSWER_SELECT, loadRoundQuestions, toAnswers } from "@/lib/questionnaire/bank";
import type { Answers, ResponseStatusKey, SectionDTO } from "@/lib/questionnaire/types";

// The adviser's review of the open round's questionnaire: the answers by section and every comment. Only
// for the assigned adviser and admins (write:review); the civil servant reads comments on their own page.

export type ReviewCommentItem = {
  id: string;
  questionKey: string | null;
  body: string;
  authorName: string;
  createdAt: string;
  /** Written since the last submission (part of the review now under way). */
  current: boolean;
  canDelete: boolean;
};

export type ReviewDTO = {
  municipality: { code: string; name: string };
  round: { year: number; closesAt: string };
  response: {
    id: string;
    status: ResponseStatusKey;
    version: number;
    submittedAt: string | null;
    reviewedAt: string | null;
    reviewedByName: string | null;
  } | null;
  sections: SectionDTO[];
  answers: Answers;
  comments: ReviewCommentItem[];
  /** Return and accept are possible now (status SUBMITTED). */
  reviewable: boolean;
};

/** The open round's questionnaire of the municipality for review, or NotFoundError (→ 404). */
export async function getReview(viewer: Viewer, code: string, locale: AppLocale): Promise<ReviewDTO | null> {
  const municipality = await requireMunicipality(db, viewer, code, "write", "review");
  const round = await db.surveyRound.findFirst({ where: { status: "OPEN" }, select: { id: true, year: true, closesAt: true }, orderBy: { year: "desc" } });
  if (!round) return null;
  const [sections, r] = await Promise.all([
    loadRoundQuestions(db, round.id, locale),
    db.surveyResponse.findUnique({
      where: { roundId_municipalityCode: { roundId: round.id, municipalityCode: code } },
      select: {
        id: true,
        status: true,
        version: true,
        submittedAt: true,
        reviewedAt: true,
        reviewedById: true,
        answers: { select: ANSWER_SELECT },
        comments: { select: { id: true, questionKey: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
      },
    }),
  ]);
  const reviewer = r?.reviewedById ? { name: await userName(r.reviewedById) } : null;
  const reviewable = r?.status === "SUBMITTED";
  const since = r?.submittedAt?.getTime() ?? 0;
  return {
    municipality,
    round: { year: round.year, closesAt: round.closesAt.toISOString() },
    response: r
      ? { id: r.id, status: r.status, version: r.version, submittedAt: r.submittedAt?.toISOString() ?? null, reviewedAt: r.reviewedAt?.toISOString() ?? null, reviewedByName: reviewer?.name ?? null }
      : null,
    sections,
    answers: toAnswers(r?.answers ?? []).answers,
    comments: (r?.comments ?? []).map((c) => ({
      id: c.id,
      questionKey: c.questionKey,
      body: c.body,
      authorName: c.author.name,
      createdAt: c.createdAt.toISOString(),
      current: c.createdAt.getTime() >= since,
      canDelete: reviewable && c.createdAt.getTime() >= since && c.authorId === viewer.id,
    })),
    reviewable,
  };
}
