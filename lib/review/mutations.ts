import "server-only";
import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/state";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** The response, tied to the municipality in the URL (another municipality's id → 404). */
export async function responseOf(tx: Tx, code: string, responseId: string) {
  const r = await tx.surveyResponse.findFirst({
    where: { id: responseId, municipalityCode: code },
    select: { id: true, roundId: true, status: true, version: true, submittedAt: true },
  });
  if (!r) throw new NotFoundError();
  return r;
}

/** Comments, return and accept only while the questionnaire waits for review. */
export function assertSubmitted(r: { status: string }): void {
  if (r.status !== "SUBMITTED") throw new DomainError("review.errors.notSubmitted");
}

/** A comment on an answer must name a question of this round. */
export async function assertQuestionInRound(tx: Tx, roundId: string, questionKey: string | null): Promise<void> {
  if (questionKey === null) return;
  const q = await tx.roundQuestion.findUnique({ where: { roundId_questionKey: { roundId, questionKey } }, select: { questionKey: true } });
  if (!q) throw new DomainError("review.errors.unknownQuestion");
}

/**
 * Moves a SUBMITTED response to RETURNED or ACCEPTED when nobody changed it since the page loaded
 * (version); records who reviewed and when.
 */
export async function decide(tx: Tx, r: { id: string; version: number }, expected: number, status: "RETURNED" | "ACCEPTED", reviewerId: string) {
  const reviewedAt = new Date();
  const n = await tx.surveyResponse.updateMany({
    where: { id: r.id, version: expected, status: "SUBMITTED" },
    data: { status, reviewedAt, reviewedById: reviewerId, version: { increment: 1 } },
  });
  if (n.count !== 1) throw new ConflictError();
  return { status, version: expected + 1, reviewedAt: reviewedAt.toISOString() };
}
