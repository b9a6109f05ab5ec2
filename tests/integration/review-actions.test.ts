// Questionnaire review on the demo data: Helmond's 2026 questionnaire is SUBMITTED. Comments, return (a
// comment is required; the civil servant is notified and sees the comments), accept (national cache
// invalidated), every status change audited and on the timeline.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null, revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("@/lib/auth/origin", () => ({ assertSameOrigin: async () => {}, requestOrigin: async () => "test", hasSameOrigin: () => true }));
vi.mock("next/cache", () => ({ cacheTag: () => {}, cacheLife: () => {}, revalidatePath: vi.fn(), revalidateTag: h.revalidateTag, updateTag: h.updateTag, unstable_cache: (fn: unknown) => fn }));

import { db } from "@/lib/db";
import { getQuestionnaire } from "@/lib/questionnaire/queries";
import { acceptQuestionnaireAction, addReviewCommentAction, deleteReviewCommentAction, returnQuestionnaireAction } from "@/lib/review/actions";
import { getReview } from "@/lib/review/queries";
import { getTimeline } from "@/lib/timeline/queries";
import { form } from "./auth-fixtures/matrix";
import { HOME, loadCast, type Cast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

let cast: Cast;
let adviser: Viewer;
let responseId: string;
beforeAll(async () => {
  cast = await loadCast();
  adviser = cast.viewers.adviserAssigned!;
  responseId = (await db.surveyResponse.findFirstOrThrow({ where: { municipalityCode: HOME, round: { year: 2026 } }, select: { id: true } })).id;
});

const as = (v: Viewer | null) => (h.viewer = v);
const version = async (id = responseId) => String((await db.surveyResponse.findUniqueOrThrow({ where: { id } })).version);

describe("questionnaire review", () => {
  it("opens the submitted questionnaire by section for the assigned adviser only", async () => {
    const r = await getReview(adviser, HOME, "nl");
    expect(r).toMatchObject({ reviewable: true, response: { status: "SUBMITTED" } });
    expect(r!.sections.length).toBeGreaterThan(2);
    expect(Object.keys(r!.answers).length).toBeGreaterThan(5);
    for (const v of [cast.viewers.csSame, cast.viewers.adviserOther, cast.viewers.vws]) await expect(getReview(v!, HOME, "nl")).rejects.toThrow();
  });

  it("comments on one answer, refuses unknown questions, and lets the author withdraw a comment", async () => {
    as(adviser);
    const key = (await getReview(adviser, HOME, "nl"))!.sections[0]!.questions[0]!.key;
    expect(await addReviewCommentAction(null, form({ code: HOME, responseId, questionKey: "no.such.question", body: "x" }))).toMatchObject({ ok: false, formError: "review.errors.unknownQuestion" });
    const a = await addReviewCommentAction(null, form({ code: HOME, responseId, questionKey: key, body: "Welke wijken bedoelt u?" }));
    expect(a).toMatchObject({ ok: true });
    const b = await addReviewCommentAction(null, form({ code: HOME, responseId, questionKey: "", body: "Tikfout" }));
    const id = b && b.ok ? b.data!.id : "";
    as(cast.viewers.admin); // not the author
    expect(await deleteReviewCommentAction(null, form({ code: HOME, id }))).toMatchObject({ ok: false, formError: "errors.notFound" });
    as(adviser);
    expect(await deleteReviewCommentAction(null, form({ code: HOME, id }))).toMatchObject({ ok: true });
    const comments = await db.reviewComment.findMany({ where: { responseId } });
    expect(comments.map((c) => [c.questionKey, c.body])).toEqual([[key, "Welke wijken bedoelt u?"]]);
  });

  it("denies comments to the civil servant and to another adviser, changing nothing", async () => {
    const before = await db.reviewComment.count();
    for (const v of [cast.viewers.csSame, cast.viewers.adviserOther]) {
      as(v);
      expect(await addReviewCommentAction(null, form({ code: HOME, responseId, questionKey: "", body: "x" }))).toMatchObject({ ok: false, formError: "errors.notFound" });
    }
    expect(await db.reviewComment.count()).toBe(before);
  });

  it("returns with comments: status, reviewer, audit, notification, the civil servant's view and the timeline", async () => {
    h.updateTag.mockClear();
    h.revalidateTag.mockClear();
    as(adviser);
    const stale = String(Number(await version()) - 1);
    expect(await returnQuestionnaireAction(null, form({ code: HOME, responseId, version: stale, message: "" }))).toMatchObject({ ok: false, conflict: true });
    const res = await returnQuestionnaireAction(null, form({ code: HOME, responseId, version: await version(), message: "Graag de financiering aanvullen." }));
    expect(res).toMatchObject({ ok: true, data: { status: "RETURNED" } });
    const r = await db.surveyResponse.findUniqueOrThrow({ where: { id: responseId } });
    expect(r).toMatchObject({ status: "RETURNED", reviewedById: adviser.id });
    expect(await db.auditEvent.count({ where: { entity: "survey_response", entityId: responseId, action: "review.return" } })).toBe(1);
    const servant = cast.viewers.csSame!;
    expect(await db.notification.count({ where: { userId: servant.id, kind: "QUESTIONNAIRE_RETURNED", entityId: responseId } })).toBe(1);
    expect(h.updateTag).toHaveBeenCalledWith("national"); // the national figures follow, on every instance
    const seen = await getQuestionnaire(servant, HOME, null, "nl");
    expect(seen!.response.status).toBe("RETURNED");
    expect(seen!.comments.map((c) => c.body)).toEqual(expect.arrayContaining(["Welke wijken bedoelt u?", "Graag de financiering aanvullen."]));
    const tl = await getTimeline(adviser, HOME);
    expect(tl.months[0]!.events.map((e) => e.kind)).toContain("review.return");
  });

  it("requires a comment from this review before returning", async () => {
    const other = await db.surveyResponse.findFirstOrThrow({ where: { status: "SUBMITTED", round: { year: 2026 }, municipalityCode: { not: HOME } }, select: { id: true, municipalityCode: true } });
    as(cast.viewers.admin);
    const res = await returnQuestionnaireAction(null, form({ code: other.municipalityCode, responseId: other.id, version: await version(other.id), message: "" }));
    expect(res).toMatchObject({ ok: false, formError: "review.errors.commentRequired" });
    expect((await db.surveyResponse.findUniqueOrThrow({ where: { id: other.id } })).status).toBe("SUBMITTED");
  });

  it("accepts a submitted questionnaire once, and ties the response to the URL's municipality", async () => {
    const other = await db.surveyResponse.findFirstOrThrow({ where: { status: "SUBMITTED", round: { year: 2026 }, municipalityCode: { not: HOME } }, select: { id: true, municipalityCode: true } });
    as(cast.viewers.admin);
    expect(await acceptQuestionnaireAction(null, form({ code: HOME, responseId: other.id, version: await version(other.id) }))).toMatchObject({ ok: false, formError: "errors.notFound" });
    const v = await version(other.id);
    expect(await acceptQuestionnaireAction(null, form({ code: other.municipalityCode, responseId: other.id, version: v }))).toMatchObject({ ok: true, data: { status: "ACCEPTED" } });
    expect(await db.surveyResponse.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: "ACCEPTED", reviewedById: cast.viewers.admin!.id });
    expect(await acceptQuestionnaireAction(null, form({ code: other.municipalityCode, responseId: other.id, version: await version(other.id) }))).toMatchObject({ ok: false, formError: "review.errors.notSubmitted" });
    expect(await db.auditEvent.count({ where: { entityId: other.id, action: "review.accept" } })).toBe(1);
  });
});
