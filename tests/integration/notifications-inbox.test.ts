// Notifications: created inside other actions' transactions (notify helpers), computed for follow-ups
// that fell due (idempotent; by the notifications-follow-ups job and the inbox, never by the bell's count),
// read only by their recipient, marked read one by one or all at once.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("@/lib/auth/origin", () => ({ assertSameOrigin: async () => {}, requestOrigin: async () => "test", hasSameOrigin: () => true }));
vi.mock("next/cache", () => ({ cacheTag: () => {}, cacheLife: () => {}, revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

import { db } from "@/lib/db";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import { notifyQuestionnaireSubmitted, syncAllDueFollowUps } from "@/lib/notifications/notify";
import { dutchDay } from "@/lib/caseload/dates";
import { jobs } from "@/lib/jobs/boss";
import { startJobWorker, stopJobWorker } from "@/lib/jobs/worker";
import { countUnread, listNotifications } from "@/lib/notifications/queries";
import { form } from "./auth-fixtures/matrix";
import { HOME, loadCast, type Cast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");
afterAll(() => stopJobWorker());

const TODAY = new Date("2026-11-25T10:00:00Z");
let cast: Cast;
let adviser: Viewer;
beforeAll(async () => {
  cast = await loadCast();
  adviser = cast.viewers.adviserAssigned!;
});

describe("notifications", () => {
  it("computes due follow-ups for the assigned advisers once, however often the job runs; the bell only counts", async () => {
    const dueFor = (userId: string, day: string) =>
      db.followUp.count({ where: { doneAt: null, dueDate: { lte: new Date(day) }, adviceEntry: { municipality: { adviserAssignments: { some: { adviserId: userId, validTo: null } } } } } });
    const due = await dueFor(adviser.id, "2026-11-25");
    expect(due).toBeGreaterThan(0); // the demo has overdue follow-ups in every caseload
    const followUps = () => db.notification.count({ where: { kind: "FOLLOW_UP_DUE" } });
    await countUnread(adviser); // a read: creates nothing
    expect(await followUps()).toBe(0);
    const created = await syncAllDueFollowUps(db, "2026-11-25");
    expect(created).toBeGreaterThanOrEqual(due); // every adviser's, this one's among them
    expect(await syncAllDueFollowUps(db, "2026-11-25")).toBe(0);
    expect(await followUps()).toBe(created);
    expect(await countUnread(adviser)).toBe(due);
    expect(await db.notification.count({ where: { userId: adviser.id, kind: "FOLLOW_UP_DUE" } })).toBe(due);
  });

  it("runs the follow-up sync as a job in the worker (today, Dutch time)", async () => {
    const due = await db.followUp.count({ where: { doneAt: null, dueDate: { lte: new Date(dutchDay(new Date())) }, adviceEntry: { municipality: { adviserAssignments: { some: { validTo: null } } } } } });
    expect(due).toBeGreaterThan(0);
    await db.notification.deleteMany({ where: { kind: "FOLLOW_UP_DUE" } }); // only the job may bring them back
    await startJobWorker();
    await (await jobs()).send("notifications-follow-ups", { reason: "schedule" });
    const until = Date.now() + 30_000;
    while ((await db.notification.count({ where: { kind: "FOLLOW_UP_DUE" } })) < due && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    expect(await db.notification.count({ where: { kind: "FOLLOW_UP_DUE" } })).toBeGreaterThanOrEqual(due); // one per follow-up and current adviser
    await stopJobWorker();
  });

  it("tells the assigned adviser a questionnaire was submitted (inside the caller's transaction)", async () => {
    const r = await db.surveyResponse.findFirstOrThrow({ where: { municipalityCode: HOME, round: { year: 2026 } }, select: { id: true } });
    await db.$transaction((tx) => notifyQuestionnaireSubmitted(tx, r.id));
    const page = await listNotifications(adviser, 1, TODAY);
    expect(page.items[0]).toMatchObject({ kind: "QUESTIONNAIRE_SUBMITTED", municipalityCode: HOME, municipalityName: "Helmond", params: { year: "2026" } });
    // A rolled-back transaction leaves no notification.
    await db.$transaction(async (tx) => {
      await notifyQuestionnaireSubmitted(tx, r.id);
      throw new Error("rollback");
    }).catch(() => {});
    expect(await db.notification.count({ where: { userId: adviser.id, kind: "QUESTIONNAIRE_SUBMITTED" } })).toBe(1);
  });

  it("shows each user only their own notifications", async () => {
    for (const v of [cast.viewers.adviserOther!, cast.viewers.csSame!, cast.viewers.vws!]) {
      const page = await listNotifications(v, 1, TODAY);
      expect(page.items.every((n) => n.municipalityCode !== HOME || v.role !== "ADVISER")).toBe(true);
      expect(await db.notification.count({ where: { userId: { not: v.id }, id: { in: page.items.map((n) => n.id) } } })).toBe(0);
    }
  });

  it("marks one read (only the recipient can) and then all", async () => {
    const n = await db.notification.findFirstOrThrow({ where: { userId: adviser.id, readAt: null }, select: { id: true } });
    h.viewer = cast.viewers.adviserOther;
    expect(await markNotificationReadAction(null, form({ id: n.id }))).toMatchObject({ ok: false, formError: "errors.notFound" });
    expect((await db.notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).toBeNull();
    h.viewer = adviser;
    const before = await countUnread(adviser);
    expect(await markNotificationReadAction(null, form({ id: n.id }))).toMatchObject({ ok: true });
    expect(await countUnread(adviser)).toBe(before - 1);
    expect(await markAllNotificationsReadAction(null, form({}))).toMatchObject({ ok: true });
    expect(await countUnread(adviser)).toBe(0);
    h.viewer = null;
    expect(await markAllNotificationsReadAction(null, form({}))).toMatchObject({ ok: false, formError: "errors.signedOut" });
  });
});
