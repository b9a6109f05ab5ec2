// The timeline on the demo data: records and audit events merged in SQL, newest first, paginated, and a
// fact told once (a record event is dropped when the audit trail already has it).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import { writeAudit } from "@/lib/audit/write";
import { getTimeline } from "@/lib/timeline/queries";
import { TIMELINE_PAGE_SIZE } from "@/lib/timeline/shape";
import { HOME, loadCast, type Cast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

let cast: Cast;
let adviser: Viewer;
beforeAll(async () => {
  cast = await loadCast();
  adviser = cast.viewers.adviserAssigned!;
});

const all = async (v: Viewer, group?: "initiative") => {
  const first = await getTimeline(v, HOME, { group });
  const rest = [];
  for (let p = 2; p <= first.pageCount; p++) rest.push(await getTimeline(v, HOME, { page: p, group }));
  return [first, ...rest].flatMap((t) => t.months.flatMap((m) => m.events));
};

describe("timeline", () => {
  it("orders the seeded history newest first across pages", async () => {
    const first = await getTimeline(adviser, HOME);
    expect(first.total).toBeGreaterThan(5);
    const events = await all(adviser);
    expect(events).toHaveLength(first.total);
    const times = events.map((e) => new Date(e.at).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(first.months.flatMap((m) => m.events).length).toBeLessThanOrEqual(TIMELINE_PAGE_SIZE);
    const kinds = new Set(events.map((e) => e.kind));
    for (const k of ["approach.create", "initiative.create", "questionnaire.submit", "adviser.start", "servant.start"]) expect(kinds).toContain(k);
  });

  it("tells an app change once: from the audit trail, with who did it, and a stop as a stop", async () => {
    const servant = cast.viewers.csSame!;
    const i = await db.initiative.create({ data: { municipalityCode: HOME, title: "Buurtmoestuin Binnenstad", status: "RUNNING" }, select: { id: true } });
    await db.$transaction(async (tx) => {
      await writeAudit(tx, servant, "test", { action: "initiative.create", entity: "initiative", entityId: i.id, after: { title: "Buurtmoestuin Binnenstad" } });
      await writeAudit(tx, servant, "test", { action: "initiative.update", entity: "initiative", entityId: i.id, before: { status: "RUNNING" }, after: { status: "STOPPED" } });
    });
    await db.initiative.update({ where: { id: i.id }, data: { status: "STOPPED" } });
    const mine = (await all(adviser, "initiative")).filter((e) => e.values.title === "Buurtmoestuin Binnenstad");
    expect(mine.map((e) => e.kind).sort()).toEqual(["initiative.create", "initiative.stop"]);
    expect(mine.every((e) => e.actor === servant.name)).toBe(true);
  });

  it("is only for the assigned adviser and admins", async () => {
    expect((await getTimeline(cast.viewers.admin!, HOME)).total).toBeGreaterThan(0);
    for (const v of [cast.viewers.csSame, cast.viewers.csOther, cast.viewers.adviserOther, cast.viewers.vws]) await expect(getTimeline(v!, HOME)).rejects.toThrow();
  });
});
