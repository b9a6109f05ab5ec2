"use server";
import { revalidatePath } from "next/cache";
import { formToObject, runAction } from "@/lib/actions/run";
import { DomainError, NotFoundError, type ActionState } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import { requireMunicipality } from "@/lib/auth/scope";
import { SURVEY_WRITE } from "@/lib/cache/tags";
import { notifyQuestionnaireReturned } from "@/lib/notifications/notify";
import { assertQuestionInRound, assertSubmitted, decide, responseOf } from "./mutations";
import { AcceptSchema, AddCommentSchema, DeleteCommentSchema, ReturnSchema } from "./schemas";

export type Decided = { status: string; version: number; reviewedAt: string };

const authorize = (viewer: { role: Parameters<typeof can>[0] }) => can(viewer.role, "write", "review");

function revalidate(code: string) {
  revalidatePath(`/gemeenten/${code}`, "layout");
  revalidatePath("/adviseur");
}

/** A comment on one answer (questionKey) or on the whole questionnaire, while it waits for review. */
export async function addReviewCommentAction(_prev: ActionState<{ id: string }>, formData: FormData): Promise<ActionState<{ id: string }>> {
  return runAction({
    name: "review.comment",
    schema: AddCommentSchema,
    input: formToObject(formData),
    authorize,
    run: async ({ tx, viewer, data, audit }) => {
      await requireMunicipality(tx, viewer, data.code, "write", "review");
      const r = await responseOf(tx, data.code, data.responseId);
      assertSubmitted(r);
      await assertQuestionInRound(tx, r.roundId, data.questionKey);
      const c = await tx.reviewComment.create({ data: { responseId: r.id, questionKey: data.questionKey, authorId: viewer.id, body: data.body }, select: { id: true } });
      await audit({ action: "review.comment", entity: "survey_response", entityId: r.id, after: { commentId: c.id, questionKey: data.questionKey, body: data.body } });
      return c;
    },
    after: (data) => revalidate(data.code),
  });
}

/** Withdraws one's own comment before the questionnaire is returned (a typo should not reach the municipality). */
export async function deleteReviewCommentAction(_prev: ActionState<{ id: string }>, formData: FormData): Promise<ActionState<{ id: string }>> {
  return runAction({
    name: "review.deleteComment",
    schema: DeleteCommentSchema,
    input: formToObject(formData),
    authorize,
    run: async ({ tx, viewer, data, audit }) => {
      await requireMunicipality(tx, viewer, data.code, "write", "review");
      const c = await tx.reviewComment.findFirst({
        where: { id: data.id, authorId: viewer.id, response: { municipalityCode: data.code } },
        select: { id: true, responseId: true, questionKey: true, body: true, createdAt: true, response: { select: { status: true, submittedAt: true } } },
      });
      if (!c || (c.response.submittedAt && c.createdAt < c.response.submittedAt)) throw new NotFoundError();
      assertSubmitted(c.response);
      await tx.reviewComment.delete({ where: { id: c.id } });
      await audit({ action: "review.deleteComment", entity: "survey_response", entityId: c.responseId, before: { commentId: c.id, questionKey: c.questionKey, body: c.body } });
      return { id: c.id };
    },
    after: (data) => revalidate(data.code),
  });
}

/** Returns the questionnaire for clarification: needs at least one comment from this review; notifies the municipality. */
export async function returnQuestionnaireAction(_prev: ActionState<Decided>, formData: FormData): Promise<ActionState<Decided>> {
  return runAction({
    name: "review.return",
    schema: ReturnSchema,
    input: formToObject(formData),
    authorize,
    run: async ({ tx, viewer, data, audit }) => {
      await requireMunicipality(tx, viewer, data.code, "write", "review");
      const r = await responseOf(tx, data.code, data.responseId);
      assertSubmitted(r);
      if (data.message) await tx.reviewComment.create({ data: { responseId: r.id, questionKey: null, authorId: viewer.id, body: data.message } });
      const comments = await tx.reviewComment.count({ where: { responseId: r.id, createdAt: { gte: r.submittedAt ?? new Date(0) } } });
      if (comments === 0) throw new DomainError("review.errors.commentRequired", { message: ["review.errors.commentRequired"] });
      const decided = await decide(tx, r, data.version, "RETURNED", viewer.id);
      const notified = await notifyQuestionnaireReturned(tx, r.id);
      await audit({ action: "review.return", entity: "survey_response", entityId: r.id, before: { status: r.status }, after: { status: "RETURNED", comments, message: data.message || null, notified } });
      return decided;
    },
    tags: SURVEY_WRITE,
    after: async (data) => {
      revalidate(data.code);
    },
  });
}

/** Accepts the questionnaire: it counts in the national figures from now on. */
export async function acceptQuestionnaireAction(_prev: ActionState<Decided>, formData: FormData): Promise<ActionState<Decided>> {
  return runAction({
    name: "review.accept",
    schema: AcceptSchema,
    input: formToObject(formData),
    authorize,
    run: async ({ tx, viewer, data, audit }) => {
      await requireMunicipality(tx, viewer, data.code, "write", "review");
      const r = await responseOf(tx, data.code, data.responseId);
      assertSubmitted(r);
      const decided = await decide(tx, r, data.version, "ACCEPTED", viewer.id);
      await audit({ action: "review.accept", entity: "survey_response", entityId: r.id, before: { status: r.status }, after: { status: "ACCEPTED" } });
      return decided;
    },
    tags: SURVEY_WRITE,
    after: async (data) => {
      revalidate(data.code);
    },
  });
}
