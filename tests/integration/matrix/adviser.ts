// The adviser's part of the authorization matrix (caseload, advice log, questionnaire review, timeline, peer
// view, notifications), in the shared vocabulary of auth-fixtures/matrix.ts. Everything aims at Helmond:
// its assigned adviser and admin read and write the adviser's records; its civil servant sees the peer view
// (a workspace page) but never the advice log, the timeline or the review; everyone has their own inbox.
import { db } from "@/lib/db";
import { createAdviceAction, setFollowUpDoneAction, updateAdviceAction } from "@/lib/advice/actions";
import { getAdviceEntry, listAdvice } from "@/lib/advice/queries";
import { getCaseload, getCaseloadRows } from "@/lib/caseload/queries";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import { countUnread, listNotifications } from "@/lib/notifications/queries";
import { getPeerView } from "@/lib/peers/queries";
import { acceptQuestionnaireAction, addReviewCommentAction, deleteReviewCommentAction, returnQuestionnaireAction } from "@/lib/review/actions";
import { getReview } from "@/lib/review/queries";
import { getTimeline } from "@/lib/timeline/queries";
import type { Viewer } from "@/lib/auth/viewer-types";
import { SIGNED_IN, WORKSPACE_READERS, actionOutcome, entry, form, queryOutcome, type Ctx, type Entry } from "../auth-fixtures/matrix";
import type { Persona } from "../auth-fixtures/personas";
import { HOME } from "../auth-fixtures/personas";

const ADVISER_SIDE: readonly Persona[] = ["adviserAssigned", "admin"];
const ADVISERS: readonly Persona[] = ["adviserAssigned", "adviserOther", "admin"];
const unreachable = ["anonymous"] as const; // queries take a Viewer: pages call requireViewer() first
const TODAY = new Date("2026-11-25T10:00:00Z");

const assigned = (c: Ctx) => c.cast.viewers.adviserAssigned!.id;

const adviceFields = { code: HOME, date: "2026-11-20", kind: "CONTENT", mode: "ONLINE", notes: "Matrix" };

/** An entry by Helmond's assigned adviser (with an open follow-up), made before the fingerprint. */
async function anEntry(c: Ctx) {
  return db.adviceEntry.create({
    data: { municipalityCode: HOME, adviserId: assigned(c), date: new Date("2026-10-01"), kind: "PROCESS", mode: "PHONE", followUps: { create: { description: "Matrix", dueDate: new Date("2026-11-01") } } },
    select: { id: true, version: true, followUps: { select: { id: true } } },
  });
}

/** Helmond's 2026 questionnaire back in review, with a comment of this review, so return/accept can run. */
async function inReview(c: Ctx) {
  const r = await db.surveyResponse.findFirstOrThrow({ where: { municipalityCode: HOME, round: { year: 2026 } }, select: { id: true } });
  const u = await db.surveyResponse.update({ where: { id: r.id }, data: { status: "SUBMITTED", submittedAt: new Date(Date.now() - 60_000), reviewedAt: null, reviewedById: null }, select: { id: true, version: true } });
  await db.reviewComment.create({ data: { responseId: r.id, authorId: assigned(c), body: "Matrix" } });
  return u;
}

/** A comment written by the caller (the assigned adviser for anonymous), so only access decides. */
async function aComment(c: Ctx) {
  const r = await inReview(c);
  return db.reviewComment.create({ data: { responseId: r.id, authorId: c.viewer?.id ?? assigned(c), body: "Intrekken" }, select: { id: true } });
}

async function aNotification(c: Ctx) {
  return db.notification.create({ data: { userId: c.viewer?.id ?? assigned(c), kind: "QUESTIONNAIRE_SUBMITTED", municipalityCode: HOME, params: { year: "2026" } }, select: { id: true } });
}

const actions: Entry[] = [
  entry({ kind: "action", file: "lib/advice/actions.ts", name: "createAdviceAction", allowed: ADVISER_SIDE, call: () => actionOutcome(() => createAdviceAction(null, form(adviceFields))) }),
  entry<{ id: string; version: number }>({
    kind: "action", file: "lib/advice/actions.ts", name: "updateAdviceAction", allowed: ADVISER_SIDE, prepare: anEntry,
    call: (_c, e) => actionOutcome(() => updateAdviceAction(null, form({ ...adviceFields, id: e.id, version: e.version }))),
  }),
  entry<{ followUps: { id: string }[] }>({
    kind: "action", file: "lib/advice/actions.ts", name: "setFollowUpDoneAction", allowed: ADVISER_SIDE, prepare: anEntry,
    call: (_c, e) => actionOutcome(() => setFollowUpDoneAction(null, form({ code: HOME, id: e.followUps[0]!.id, done: "true" }))),
  }),
  entry<{ id: string }>({
    kind: "action", file: "lib/review/actions.ts", name: "addReviewCommentAction", allowed: ADVISER_SIDE, prepare: inReview,
    call: (_c, r) => actionOutcome(() => addReviewCommentAction(null, form({ code: HOME, responseId: r.id, questionKey: "", body: "Matrix" }))),
  }),
  entry<{ id: string }>({
    kind: "action", file: "lib/review/actions.ts", name: "deleteReviewCommentAction", allowed: ADVISER_SIDE, prepare: aComment,
    call: (_c, cm) => actionOutcome(() => deleteReviewCommentAction(null, form({ code: HOME, id: cm.id }))),
  }),
  entry<{ id: string; version: number }>({
    kind: "action", file: "lib/review/actions.ts", name: "returnQuestionnaireAction", allowed: ADVISER_SIDE, prepare: inReview,
    call: (_c, r) => actionOutcome(() => returnQuestionnaireAction(null, form({ code: HOME, responseId: r.id, version: r.version, message: "" }))),
  }),
  entry<{ id: string; version: number }>({
    kind: "action", file: "lib/review/actions.ts", name: "acceptQuestionnaireAction", allowed: ADVISER_SIDE, prepare: inReview,
    call: (_c, r) => actionOutcome(() => acceptQuestionnaireAction(null, form({ code: HOME, responseId: r.id, version: r.version }))),
  }),
  entry<{ id: string }>({
    kind: "action", file: "lib/notifications/actions.ts", name: "markNotificationReadAction", allowed: SIGNED_IN, prepare: aNotification,
    call: (_c, n) => actionOutcome(() => markNotificationReadAction(null, form({ id: n.id }))),
  }),
  entry({ kind: "action", file: "lib/notifications/actions.ts", name: "markAllNotificationsReadAction", allowed: SIGNED_IN, prepare: aNotification, call: () => actionOutcome(() => markAllNotificationsReadAction(null, form({})))}),
];

type Run = (v: Viewer, c: Ctx) => Promise<"allowed" | "denied">;
// Admins look at an adviser's caseload by naming the adviser; advisers see their own.
const caseloadOf = (v: Viewer, c: Ctx) => ({ today: TODAY, adviserId: v.role === "ADMIN" ? assigned(c) : undefined });

const readers: [file: string, name: string, allowed: readonly Persona[], run: Run][] = [
  ["lib/caseload/queries.ts", "getCaseload", ADVISERS, (v, c) => queryOutcome(() => getCaseload(v, caseloadOf(v, c)), (l) => l.length > 0)],
  ["lib/caseload/queries.ts", "getCaseloadRows", ADVISERS, (v, c) => queryOutcome(() => getCaseloadRows(v, caseloadOf(v, c)), (l) => l.length > 0)],
  ["lib/advice/queries.ts", "listAdvice", ADVISER_SIDE, (v) => queryOutcome(() => listAdvice(v, HOME))],
  ["lib/advice/queries.ts", "getAdviceEntry", ADVISER_SIDE, async (v, c) => { const e = await anEntry(c); return queryOutcome(() => getAdviceEntry(v, HOME, e.id)); }],
  ["lib/review/queries.ts", "getReview", ADVISER_SIDE, (v) => queryOutcome(() => getReview(v, HOME, "nl"))],
  ["lib/timeline/queries.ts", "getTimeline", ADVISER_SIDE, (v) => queryOutcome(() => getTimeline(v, HOME), (t) => t.total > 0)],
  ["lib/peers/queries.ts", "getPeerView", WORKSPACE_READERS, (v) => queryOutcome(() => getPeerView(v, HOME, "size"))],
  ["lib/notifications/queries.ts", "countUnread", SIGNED_IN, (v) => queryOutcome(() => countUnread(v))],
  ["lib/notifications/queries.ts", "listNotifications", SIGNED_IN, (v) => queryOutcome(() => listNotifications(v, 1, TODAY))],
];

const queries: Entry[] = readers.map(([file, name, allowed, run]) => entry({ kind: "query", file, name, allowed, unreachable, call: (c) => run(c.viewer!, c) }));

/** Ids that do not belong together or caseloads that are not yours: nobody but the admin. */
const crossTenant: Entry[] = [
  entry({
    kind: "query", file: "lib/caseload/queries.ts", name: "getCaseload (another adviser's caseload)", allowed: ["admin"], unreachable,
    call: (c) => {
      const someoneElse = c.persona === "adviserOther" ? assigned(c) : c.cast.viewers.adviserOther!.id;
      return queryOutcome(() => getCaseload(c.viewer!, { today: TODAY, adviserId: someoneElse }), (l) => l.length > 0);
    },
  }),
  entry({
    kind: "query", file: "lib/advice/queries.ts", name: "getAdviceEntry (entry of another municipality under Helmond)", allowed: [], unreachable,
    call: async (c) => {
      const e = await db.adviceEntry.findFirstOrThrow({ where: { municipalityCode: { not: HOME } }, select: { id: true } });
      return queryOutcome(() => getAdviceEntry(c.viewer!, HOME, e.id));
    },
  }),
];

export const adviserMatrix: Entry[] = [...actions, ...queries, ...crossTenant];
