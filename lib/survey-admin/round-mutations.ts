import "server-only";
import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/state";
import type { Prisma } from "@/lib/generated/prisma/client";

// Transaction steps of the round actions. Each takes the action's transaction.
type Tx = Prisma.TransactionClient;

export type RoundState = { id: string; year: number; status: "DRAFT" | "OPEN" | "CLOSED"; opensAt: Date; closesAt: Date; questionKeys: string[] };

/** Claims the round at the version the admin saw (optimistic concurrency); returns its state before the change. */
export async function claimRound(tx: Tx, id: string, version: number): Promise<RoundState> {
  const claimed = await tx.surveyRound.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (claimed.count === 0) throw (await tx.surveyRound.count({ where: { id } })) ? new ConflictError() : new NotFoundError();
  const r = await tx.surveyRound.findUniqueOrThrow({
    where: { id },
    select: { id: true, year: true, status: true, opensAt: true, closesAt: true, questions: { select: { questionKey: true }, orderBy: { sortOrder: "asc" } } },
  });
  return { ...r, questionKeys: r.questions.map((q) => q.questionKey) };
}

export const isoDay = (s: string) => new Date(`${s}T00:00:00.000Z`);

/** Keys in bank order (section, then question order), so a round's form reads like the bank. */
export async function inBankOrder(tx: Tx, keys: readonly string[]): Promise<string[]> {
  const found = await tx.question.findMany({
    where: { key: { in: [...keys] } },
    select: { key: true, sortOrder: true, section: { select: { sortOrder: true } } },
  });
  if (found.length !== new Set(keys).size) throw new DomainError("errors.invalid", { questions: ["surveyAdmin.validation.unknownQuestion"] });
  return found.sort((a, b) => a.section.sortOrder - b.section.sortOrder || a.sortOrder - b.sortOrder || a.key.localeCompare(b.key)).map((q) => q.key);
}

/** Replaces the round's questions; a question that already has answers in this round must stay. */
export async function replaceRoundQuestions(tx: Tx, round: RoundState, keys: readonly string[]): Promise<string[]> {
  const ordered = await inBankOrder(tx, keys);
  const removed = round.questionKeys.filter((k) => !ordered.includes(k));
  if (removed.length) {
    const answered = await tx.answer.findMany({
      where: { questionKey: { in: removed }, response: { roundId: round.id } },
      select: { questionKey: true },
      distinct: ["questionKey"],
    });
    if (answered.length) throw new DomainError("surveyAdmin.errors.answeredQuestion");
  }
  await tx.roundQuestion.deleteMany({ where: { roundId: round.id } });
  await tx.roundQuestion.createMany({ data: ordered.map((questionKey, i) => ({ roundId: round.id, questionKey, sortOrder: i + 1 })) });
  return ordered;
}

/**
 * DRAFT or CLOSED → OPEN (one open round at a time, and not an empty one); OPEN → CLOSED; OPEN → DRAFT only
 * while no municipality has started (a round opened by mistake).
 */
export async function assertTransition(tx: Tx, round: RoundState, to: "OPEN" | "CLOSED" | "DRAFT"): Promise<void> {
  if (to === "DRAFT") {
    if (round.status !== "OPEN") throw new DomainError("surveyAdmin.errors.notOpen");
    if (await tx.surveyResponse.count({ where: { roundId: round.id } })) throw new DomainError("surveyAdmin.errors.hasResponses");
    return;
  }
  if (to === "CLOSED") {
    if (round.status !== "OPEN") throw new DomainError("surveyAdmin.errors.notOpen");
    return;
  }
  if (round.status === "OPEN") throw new DomainError("errors.noChange");
  if (round.questionKeys.length === 0) throw new DomainError("surveyAdmin.errors.noQuestions");
  const other = await tx.surveyRound.findFirst({ where: { status: "OPEN", id: { not: round.id } }, select: { year: true } });
  if (other) throw new DomainError("surveyAdmin.errors.otherRoundOpen");
}
