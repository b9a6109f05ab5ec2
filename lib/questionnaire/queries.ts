import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { AppLocale } from "@/lib/i18n/config";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasMunicipalityAccess, scopedMunicipality } from "@/lib/auth/scope";
import { ANSWER_SELECT, loadRoundQuestions, previousAnswers, toAnswers } from "./bank";
import { prefillAnswers } from "./prefill";
import type { QuestionnaireDTO, QuestionnaireStatusDTO, ResponseStatusKey } from "./types";

// The annual questionnaire inside the workspace. VWS reads submitted questionnaires elsewhere (national
// pages); the workspace opens only for own / assigned / any access, checked in every query.

export const EDITABLE_STATUSES: readonly ResponseStatusKey[] = ["NOT_STARTED", "DRAFT", "RETURNED"];

const count = (where: Prisma.MunicipalityWhereInput) => db.municipality.count({ where });

async function canWrite(viewer: Viewer, code: string): Promise<boolean> {
  return hasMunicipalityAccess(count, viewer, code, "write", "questionnaire");
}

/** Rounds shown to municipalities (not rounds still being prepared), with this municipality's status. */
async function roundsWithStatus(code: string) {
  const rounds = await db.surveyRound.findMany({
    where: { status: { in: ["OPEN", "CLOSED"] } },
    select: {
      id: true,
      year: true,
      status: true,
      opensAt: true,
      closesAt: true,
      responses: { where: { municipalityCode: code }, select: { status: true } },
    },
    orderBy: { year: "desc" },
  });
  return rounds.map((r) => ({ ...r, responseStatus: (r.responses[0]?.status ?? "NOT_STARTED") as ResponseStatusKey }));
}

/**
 * The questionnaire of one round (the open round when `year` is null, else the newest), or null when the
 * viewer may not see this municipality's questionnaires or the round does not exist.
 */
export async function getQuestionnaire(viewer: Viewer, code: string, year: number | null, locale: AppLocale): Promise<QuestionnaireDTO | null> {
  if (!(await hasMunicipalityAccess(count, viewer, code, "read", "questionnaire"))) return null;
  const rounds = await roundsWithStatus(code);
  const round = year === null ? (rounds.find((r) => r.status === "OPEN") ?? rounds[0]) : rounds.find((r) => r.year === year);
  if (!round) return null;
  const [sections, response, writable] = await Promise.all([
    loadRoundQuestions(db, round.id, locale),
    db.surveyResponse.findUnique({
      where: { roundId_municipalityCode: { roundId: round.id, municipalityCode: code } },
      select: {
        status: true,
        version: true,
        submittedAt: true,
        updatedAt: true,
        answers: { select: ANSWER_SELECT },
        comments: { select: { questionKey: true, body: true, createdAt: true, author: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
      },
    }),
    canWrite(viewer, code),
  ]);
  const status = (response?.status ?? "NOT_STARTED") as ResponseStatusKey;
  const editable = writable && round.status === "OPEN" && EDITABLE_STATUSES.includes(status);
  let { answers, prefilled } = toAnswers(response?.answers ?? []);
  let prefillYear: number | null = null;
  if (editable && (response?.answers.length ?? 0) === 0) {
    const prev = await previousAnswers(db, code, round.year);
    if (prev) {
      const p = prefillAnswers(sections.flatMap((s) => s.questions), prev.answers);
      ({ answers } = p);
      prefilled = p.keys;
      prefillYear = p.keys.length ? prev.year : null;
    }
  } else if (prefilled.length) {
    prefillYear = (await previousAnswers(db, code, round.year))?.year ?? null;
  }
  return {
    round: { year: round.year, status: round.status, opensAt: round.opensAt.toISOString(), closesAt: round.closesAt.toISOString() },
    response: {
      exists: response !== null,
      status,
      version: response?.version ?? 0,
      submittedAt: response?.submittedAt?.toISOString() ?? null,
      updatedAt: response?.updatedAt.toISOString() ?? null,
    },
    sections,
    answers,
    prefilledKeys: prefilled,
    prefillYear,
    comments: (response?.comments ?? []).map((c) => ({
      questionKey: c.questionKey,
      body: c.body,
      authorName: c.author.name,
      createdAt: c.createdAt.toISOString(),
    })),
    editable,
    rounds: rounds.map((r) => ({ year: r.year, roundStatus: r.status, status: r.responseStatus })),
  };
}

/** The open round's deadline and this municipality's status in it (home page), or null without an open round. */
export async function getQuestionnaireStatus(viewer: Viewer, code: string): Promise<QuestionnaireStatusDTO> {
  const read = scopedMunicipality(viewer, code, "read", "questionnaire");
  if (!read || !(await hasMunicipalityAccess(count, viewer, code, "read", "questionnaire"))) return null;
  const round = await db.surveyRound.findFirst({
    where: { status: "OPEN" },
    select: {
      year: true,
      closesAt: true,
      responses: { where: { municipality: read }, select: { status: true, submittedAt: true } },
    },
    orderBy: { year: "desc" },
  });
  if (!round) return null;
  const r = round.responses[0];
  return {
    year: round.year,
    closesAt: round.closesAt.toISOString(),
    status: (r?.status ?? "NOT_STARTED") as ResponseStatusKey,
    submittedAt: r?.submittedAt?.toISOString() ?? null,
  };
}
