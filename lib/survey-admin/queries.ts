import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/actions/state";
import { assertCan } from "@/lib/auth/guard";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { AppLocale } from "@/lib/i18n/config";
import type { QuestionTypeValue } from "./schemas";

// Reads of the survey administration: rounds and the question bank. Admin only, checked here.

export type RoundStatusValue = "DRAFT" | "OPEN" | "CLOSED";
export type RoundListItemDTO = {
  id: string;
  year: number;
  status: RoundStatusValue;
  opensAt: string;
  closesAt: string;
  questionCount: number;
  respondents: number;
};
export type RoundDetailDTO = Omit<RoundListItemDTO, "questionCount" | "respondents"> & {
  version: number;
  questionKeys: string[];
  /** Questions answered in this round: they cannot be taken out of it any more. */
  answeredKeys: string[];
  /** Responses of any status (an open round without any may go back to draft). */
  responses: number;
};
export type OptionDTO = { key: string; textNl: string; textEn: string };
export type BankQuestionDTO = {
  key: string;
  sectionKey: string;
  sectionName: string;
  type: QuestionTypeValue;
  sortOrder: number;
  text: string;
  textNl: string;
  textEn: string;
  required: boolean;
  conditionKey: string | null;
  version: number;
  options: OptionDTO[];
  /** Years of the rounds that ask it, and of those that are closed (then it cannot be deleted). */
  rounds: number[];
  closedRounds: number[];
  answerCount: number;
};
export type SectionDTO = { key: string; name: string };

const day = (d: Date) => d.toISOString().slice(0, 10);
function canAdmin(viewer: Viewer | null): asserts viewer is Viewer {
  assertCan(viewer, "manage", "survey-admin");
}

export async function listRounds(viewer: Viewer | null): Promise<RoundListItemDTO[]> {
  canAdmin(viewer);
  const rows = await db.$queryRaw<{ id: string; year: number; status: RoundStatusValue; opens_at: Date; closes_at: Date; questions: number; respondents: number }[]>`
    select r.id::text, r.year::int, r.status::text as status, r.opens_at, r.closes_at,
      (select count(*)::int from round_question q where q.round_id = r.id) as questions,
      (select count(*)::int from survey_response s where s.round_id = r.id and s.status in ('SUBMITTED', 'ACCEPTED')) as respondents
    from survey_round r order by r.year desc`;
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    status: r.status,
    opensAt: day(r.opens_at),
    closesAt: day(r.closes_at),
    questionCount: r.questions,
    respondents: r.respondents,
  }));
}

export async function getRoundDetail(viewer: Viewer | null, year: number): Promise<RoundDetailDTO> {
  canAdmin(viewer);
  if (!Number.isInteger(year)) throw new NotFoundError();
  const round = await db.surveyRound.findUnique({
    where: { year },
    select: {
      id: true,
      year: true,
      status: true,
      opensAt: true,
      closesAt: true,
      version: true,
      questions: { select: { questionKey: true }, orderBy: { sortOrder: "asc" } },
      _count: { select: { responses: true } },
    },
  });
  if (!round) throw new NotFoundError();
  const answered = await db.$queryRaw<{ key: string }[]>`
    select distinct a.question_key as key from answer a join survey_response s on s.id = a.response_id where s.round_id = ${round.id}::uuid`;
  return {
    id: round.id,
    year: round.year,
    status: round.status,
    opensAt: day(round.opensAt),
    closesAt: day(round.closesAt),
    version: round.version,
    questionKeys: round.questions.map((q) => q.questionKey),
    answeredKeys: answered.map((a) => a.key),
    responses: round._count.responses,
  };
}

export async function listSections(viewer: Viewer | null, locale: AppLocale): Promise<SectionDTO[]> {
  canAdmin(viewer);
  const rows = await db.questionSection.findMany({ select: { key: true, nameNl: true, nameEn: true }, orderBy: { sortOrder: "asc" } });
  return rows.map((s) => ({ key: s.key, name: locale === "en" ? s.nameEn : s.nameNl }));
}

/** The whole bank in section and question order, with where each question is used. */
export async function listQuestionBank(viewer: Viewer | null, locale: AppLocale, onlyKey?: string): Promise<BankQuestionDTO[]> {
  canAdmin(viewer);
  const rows = await db.question.findMany({
    where: onlyKey ? { key: onlyKey } : undefined,
    select: {
      key: true,
      type: true,
      sortOrder: true,
      textNl: true,
      textEn: true,
      required: true,
      conditionKey: true,
      version: true,
      section: { select: { key: true, nameNl: true, nameEn: true, sortOrder: true } },
      options: { select: { key: true, textNl: true, textEn: true }, orderBy: { sortOrder: "asc" } },
      rounds: { select: { round: { select: { year: true, status: true } } } },
      _count: { select: { answers: true } },
    },
  });
  return rows
    .sort((a, b) => a.section.sortOrder - b.section.sortOrder || a.sortOrder - b.sortOrder || a.key.localeCompare(b.key))
    .map((q) => ({
      key: q.key,
      sectionKey: q.section.key,
      sectionName: locale === "en" ? q.section.nameEn : q.section.nameNl,
      type: q.type,
      sortOrder: q.sortOrder,
      text: locale === "en" ? q.textEn : q.textNl,
      textNl: q.textNl,
      textEn: q.textEn,
      required: q.required,
      conditionKey: q.conditionKey,
      version: q.version,
      options: q.options,
      rounds: q.rounds.map((r) => r.round.year).sort(),
      closedRounds: q.rounds.filter((r) => r.round.status === "CLOSED").map((r) => r.round.year).sort(),
      answerCount: q._count.answers,
    }));
}

export async function getBankQuestion(viewer: Viewer | null, locale: AppLocale, key: string): Promise<BankQuestionDTO> {
  const [q] = await listQuestionBank(viewer, locale, key);
  if (!q) throw new NotFoundError();
  return q;
}
