// Handover: the admin's reassignment ends the old adviser_assignment row (valid_to = today) and starts a
// new one. Done here in SQL the same way. The new adviser sees the whole history; the previous one gets
// "not found" everywhere (pages turn that into 404).
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("@/lib/auth/origin", () => ({ assertSameOrigin: async () => {}, requestOrigin: async () => "test", hasSameOrigin: () => true }));
vi.mock("next/cache", () => ({ cacheTag: () => {}, cacheLife: () => {}, revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/navigation", () => ({ redirect: () => { throw new Error("NEXT_REDIRECT"); }, notFound: () => { throw new Error("NEXT_NOT_FOUND"); } }));

import { db } from "@/lib/db";
import { createAdviceAction } from "@/lib/advice/actions";
import { listAdvice } from "@/lib/advice/queries";
import { getCaseload } from "@/lib/caseload/queries";
import { listNotifications } from "@/lib/notifications/queries";
import { getReview } from "@/lib/review/queries";
import { getTimeline } from "@/lib/timeline/queries";
import { getWorkspace } from "@/lib/workspace/queries";
import { form } from "./auth-fixtures/matrix";
import { HOME, loadCast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

const TODAY = new Date("2026-11-25T10:00:00Z");
let previous: Viewer;
let next: Viewer;
let entryId: string;

beforeAll(async () => {
  const cast = await loadCast();
  previous = cast.viewers.adviserAssigned!;
  next = cast.viewers.adviserOther!;
  // Before the handover: the previous adviser logs advice with a follow-up that is overdue by now.
  const e = await db.adviceEntry.create({
    data: { municipalityCode: HOME, adviserId: previous.id, date: new Date("2026-09-01"), kind: "STRATEGIC", mode: "VISIT", notes: "Overdracht: let op de wethouderswissel",
      followUps: { create: { description: "Nieuwe wethouder bijpraten", dueDate: new Date("2026-10-15") } } },
    select: { id: true },
  });
  entryId = e.id;
  await listNotifications(previous, 1, TODAY); // the previous adviser's inbox computes the due follow-up
  // The reassignment, as lib/users does it.
  await db.$executeRaw`update adviser_assignment set valid_to = ${"2026-11-25"}::date where municipality_code = ${HOME} and valid_to is null`;
  await db.$executeRaw`insert into adviser_assignment (adviser_id, municipality_code, valid_from) values (${next.id}::uuid, ${HOME}, ${"2026-11-25"}::date)`;
});

describe("handover", () => {
  it("moves the municipality from one caseload to the other", async () => {
    expect((await getCaseload(next, { today: TODAY })).map((i) => i.code)).toContain(HOME);
    expect((await getCaseload(previous, { today: TODAY })).map((i) => i.code)).not.toContain(HOME);
  });

  it("shows the new adviser the whole history: advice by the previous adviser and the timeline", async () => {
    const log = await listAdvice(next, HOME, TODAY);
    const entry = log.entries.find((e) => e.id === entryId)!;
    expect(entry).toMatchObject({ adviserName: previous.name, canEdit: false, notes: "Overdracht: let op de wethouderswissel" });
    const tl = await getTimeline(next, HOME, { group: "advice" });
    expect(tl.months.flatMap((m) => m.events).some((e) => e.kind === "advice")).toBe(true);
    const people = await getTimeline(next, HOME, { group: "people" });
    expect(people.months.flatMap((m) => m.events).filter((e) => e.kind === "adviser.start").map((e) => e.values.name)).toContain(next.name);
    expect(await getReview(next, HOME, "nl")).not.toBeNull();
    expect(await getWorkspace(next, HOME)).not.toBeNull();
  });

  it("passes the overdue follow-up on to the new adviser and hides it from the previous one", async () => {
    const mine = await listNotifications(next, 1, TODAY);
    expect(mine.items.some((n) => n.kind === "FOLLOW_UP_DUE" && n.municipalityCode === HOME)).toBe(true);
    const theirs = await listNotifications(previous, 1, TODAY);
    expect(theirs.items.some((n) => n.municipalityCode === HOME)).toBe(false);
  });

  it("gives the previous adviser not found everywhere", async () => {
    await expect(listAdvice(previous, HOME)).rejects.toThrow();
    await expect(getTimeline(previous, HOME)).rejects.toThrow();
    await expect(getReview(previous, HOME, "nl")).rejects.toThrow();
    expect(await getWorkspace(previous, HOME)).toBeNull();
    h.viewer = previous;
    const before = await db.adviceEntry.count();
    const res = await createAdviceAction(null, form({ code: HOME, date: "2026-11-25", kind: "CONTENT", mode: "PHONE" }));
    expect(res).toMatchObject({ ok: false, formError: "errors.notFound" });
    expect(await db.adviceEntry.count()).toBe(before);
  });
});
