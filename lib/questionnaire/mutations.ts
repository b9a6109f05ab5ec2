import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-types";
import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/state";
import { hasMunicipalityAccess } from "@/lib/auth/scope";
import { answersFromForm, fieldName, sameAnswer } from "./answers";
import { ANSWER_SELECT, loadRoundQuestions, previousAnswers, toAnswers } from "./bank";
import { EDITABLE_STATUSES } from "./queries";
import type { Answers, QuestionDTO, ResponseStatusKey } from "./types";
import { applicableAnswers } from "./validation";

type Tx = Prisma.TransactionClient;
type FormLike = Parameters<typeof answersFromForm>[1];

/** Fails closed (404) unless the viewer may fill in this municipality's questionnaire. */
export async function assertQuestionnaireWritable(tx: Tx, viewer: Viewer, code: string): Promise<void> {
  if (!(await hasMunicipalityAccess((where) => tx.municipality.count({ where }), viewer, code, "write", "questionnaire"))) throw new NotFoundError();
}

/** Errors keyed by the form field of the question, so the form shows them next to it. */
export const toFieldErrors = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [fieldName(k), [v]]));

async function openRound(tx: Tx, year: number) {
  const round = await tx.surveyRound.findUnique({ where: { year }, select: { id: true, status: true } });
  if (!round) throw new NotFoundError();
  if (round.status !== "OPEN") throw new DomainError("questionnaire.errors.roundClosed");
  return round;
}

/** Creates the response on first save, else bumps its version; a stale version is a conflict. */
async function claimResponse(tx: Tx, roundId: string, code: string, version: number) {
  const existing = await tx.surveyResponse.findUnique({
    where: { roundId_municipalityCode: { roundId, municipalityCode: code } },
    select: { id: true, status: true, answers: { select: ANSWER_SELECT } },
  });
  if (!existing) {
    if (version !== 0) throw new ConflictError();
    const created = await tx.surveyResponse.create({ data: { roundId, municipalityCode: code, status: "DRAFT" }, select: { id: true, version: true } });
    return { id: created.id, version: created.version, status: "DRAFT" as ResponseStatusKey, before: {} as Answers };
  }
  if (!EDITABLE_STATUSES.includes(existing.status)) throw new DomainError("questionnaire.errors.notEditable");
  // A returned questionnaire stays "returned" (with the adviser's comments) until it is submitted again.
  const status: ResponseStatusKey = existing.status === "RETURNED" ? "RETURNED" : "DRAFT";
  const res = await tx.surveyResponse.updateMany({ where: { id: existing.id, version }, data: { status, version: { increment: 1 } } });
  if (res.count === 0) throw new ConflictError();
  return { id: existing.id, version: version + 1, status, before: toAnswers(existing.answers).answers };
}

async function replaceAnswers(tx: Tx, responseId: string, questions: readonly QuestionDTO[], answers: Answers, prefilled: Set<string>) {
  await tx.answer.deleteMany({ where: { responseId } });
  const rows = questions.filter((q) => answers[q.key] !== undefined).map((q) => ({ q, id: randomUUID(), v: answers[q.key]! }));
  await tx.answer.createMany({
    data: rows.map(({ q, id, v }) => ({
      id,
      responseId,
      questionKey: q.key,
      valueBool: typeof v === "boolean" ? v : null,
      valueText: typeof v === "string" ? v : null,
      prefilled: prefilled.has(q.key),
    })),
  });
  await tx.answerChoice.createMany({
    data: rows.flatMap(({ q, id, v }) => (Array.isArray(v) ? v.map((optionKey) => ({ answerId: id, questionKey: q.key, optionKey })) : [])),
  });
}

export type SaveInput = { code: string; year: number; version: number };

/** Saves the form's answers as the draft of the open round (not applicable answers are dropped). */
export async function saveAnswers(tx: Tx, input: SaveInput, form: FormLike) {
  const round = await openRound(tx, input.year);
  const questions = (await loadRoundQuestions(tx, round.id, "nl")).flatMap((s) => s.questions);
  const parsed = answersFromForm(questions, form);
  if (Object.keys(parsed.errors).length) throw new DomainError("questionnaire.errors.invalid", toFieldErrors(parsed.errors));
  const answers = applicableAnswers(questions, parsed.answers);
  // "Prefilled" is kept only while the answer still equals last round's (the form's marker is a hint).
  const prev = parsed.prefilled.length ? await previousAnswers(tx, input.code, input.year) : null;
  const prefilled = new Set(parsed.prefilled.filter((k) => prev && sameAnswer(answers[k], prev.answers[k])));
  const response = await claimResponse(tx, round.id, input.code, input.version);
  await replaceAnswers(tx, response.id, questions, answers, prefilled);
  return { ...response, questions, answers };
}
