// The advice log's actions on the demo data: create with follow-ups, edit own entries with optimistic
// concurrency, mark follow-ups done; only the assigned adviser (or an admin) and only the author edits.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("@/lib/auth/origin", () => ({ assertSameOrigin: async () => {}, requestOrigin: async () => "test", hasSameOrigin: () => true }));
vi.mock("next/cache", () => ({ cacheTag: () => {}, cacheLife: () => {}, revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { to });
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

import { db } from "@/lib/db";
import { createAdviceAction, setFollowUpDoneAction, updateAdviceAction } from "@/lib/advice/actions";
import { getAdviceEntry, listAdvice } from "@/lib/advice/queries";
import { form } from "./auth-fixtures/matrix";
import { HOME, loadCast, type Cast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

let cast: Cast;
let adviser: Viewer;
beforeAll(async () => {
  cast = await loadCast();
  adviser = cast.viewers.adviserAssigned!;
});

const fields = (extra: Record<string, string | string[]> = {}) => ({
  code: HOME,
  date: "2026-11-20",
  kind: "STRATEGIC",
  mode: "VISIT",
  "tracks[]": ["PHYSICAL_ENVIRONMENT", "PARTICIPATION"],
  "pillars[]": ["3"],
  notes: "Werkbezoek met de wethouder",
  "followUpId[]": ["", ""],
  "followUpDescription[]": ["Voorbeeld groene schoolpleinen sturen", ""],
  "followUpDue[]": ["2026-12-15", ""],
  ...extra,
});

async function create(v: Viewer | null, extra?: Record<string, string | string[]>) {
  h.viewer = v;
  try {
    return { state: await createAdviceAction(null, form(fields(extra))), to: null };
  } catch (e) {
    return { state: null, to: (e as { to?: string }).to ?? null };
  }
}

describe("advice log actions", () => {
  it("creates an entry with its follow-ups, audits it and goes back to the log", async () => {
    const { to } = await create(adviser);
    expect(to).toMatch(new RegExp(`^/gemeenten/${HOME}/advies\\?opgeslagen=`));
    const id = to!.split("opgeslagen=")[1]!.split("#")[0]!;
    const e = await db.adviceEntry.findUniqueOrThrow({ where: { id }, include: { followUps: true } });
    expect(e).toMatchObject({ adviserId: adviser.id, kind: "STRATEGIC", mode: "VISIT", trackCodes: ["PHYSICAL_ENVIRONMENT", "PARTICIPATION"], pillarNumbers: [3] });
    expect(e.followUps.map((f) => f.description)).toEqual(["Voorbeeld groene schoolpleinen sturen"]);
    expect(await db.auditEvent.count({ where: { entity: "advice_entry", entityId: id, action: "advice.create" } })).toBe(1);
  });

  it("marks the missing half of a follow-up row, and keeps the entry unsaved", async () => {
    const before = await db.adviceEntry.count();
    const { state } = await create(adviser, { "followUpDescription[]": ["Bellen", ""], "followUpDue[]": ["", ""] });
    expect(state).toMatchObject({ ok: false, formError: "errors.invalid" });
    expect(state && !state.ok && state.fieldErrors).toHaveProperty(["followUp.0.due"]);
    expect(await db.adviceEntry.count()).toBe(before);
  });

  it("refuses advisers not assigned, civil servants and VWS", async () => {
    for (const v of [cast.viewers.adviserOther, cast.viewers.csSame, cast.viewers.vws, null]) {
      const { state } = await create(v);
      expect(state && !state.ok && state.formError).toMatch(/errors\.(notFound|signedOut)/);
    }
    h.viewer = cast.viewers.csSame;
    await expect(listAdvice(cast.viewers.csSame!, HOME)).rejects.toThrow();
  });

  it("edits own entries with the version, refuses a stale save, and syncs open follow-ups", async () => {
    const { to } = await create(adviser);
    const id = to!.split("opgeslagen=")[1]!.split("#")[0]!;
    const entry = await getAdviceEntry(adviser, HOME, id);
    const fu = entry.followUps[0]!;
    h.viewer = adviser;
    const edit = (version: number) =>
      updateAdviceAction(null, form(fields({ id, version: String(version), notes: "Bijgewerkt", "followUpId[]": [fu.id, ""], "followUpDescription[]": ["Aangepast", "Nieuw"], "followUpDue[]": ["2026-12-20", "2027-01-10"] })));
    await expect(edit(entry.version)).rejects.toThrow("NEXT_REDIRECT");
    const after = await db.adviceEntry.findUniqueOrThrow({ where: { id }, include: { followUps: { orderBy: { dueDate: "asc" } } } });
    expect(after).toMatchObject({ notes: "Bijgewerkt", version: entry.version + 1 });
    expect(after.followUps.map((f) => [f.id === fu.id, f.description])).toEqual([[true, "Aangepast"], [false, "Nieuw"]]);
    expect(await edit(entry.version)).toMatchObject({ ok: false, conflict: true });
  });

  it("lets only the author (or an admin) edit; someone else's entry is not found", async () => {
    const seeded = await db.adviceEntry.create({ data: { municipalityCode: HOME, adviserId: adviser.id, date: new Date("2026-10-01"), kind: "CONTENT", mode: "PHONE" }, select: { id: true, version: true } });
    const stranger: Viewer = { ...adviser, id: cast.viewers.adviserOther!.id };
    // Hand Helmond over to the stranger for a moment, so only authorship decides.
    await db.adviserAssignment.updateMany({ where: { municipalityCode: HOME, validTo: null }, data: { validTo: new Date() } });
    await db.adviserAssignment.create({ data: { adviserId: stranger.id, municipalityCode: HOME } });
    h.viewer = stranger;
    expect(await updateAdviceAction(null, form(fields({ id: seeded.id, version: String(seeded.version) })))).toMatchObject({ ok: false, formError: "errors.notFound" });
    await db.adviserAssignment.deleteMany({ where: { adviserId: stranger.id, municipalityCode: HOME } });
    await db.adviserAssignment.updateMany({ where: { municipalityCode: HOME, adviserId: adviser.id }, data: { validTo: null } });
    h.viewer = cast.viewers.admin;
    await expect(updateAdviceAction(null, form(fields({ id: seeded.id, version: String(seeded.version) })))).rejects.toThrow("NEXT_REDIRECT");
  });

  it("ties the entry to the municipality in the URL", async () => {
    const elsewhere = await db.adviceEntry.findFirstOrThrow({ where: { municipalityCode: { not: HOME }, adviserId: adviser.id }, select: { id: true } }).catch(() => null);
    const other = elsewhere ?? (await db.adviceEntry.findFirstOrThrow({ where: { municipalityCode: { not: HOME } }, select: { id: true } }));
    await expect(getAdviceEntry(adviser, HOME, other.id)).rejects.toThrow();
  });

  it("marks a follow-up done and resolves its due notification", async () => {
    const e = await db.adviceEntry.create({
      data: { municipalityCode: HOME, adviserId: adviser.id, date: new Date("2026-09-01"), kind: "PROCESS", mode: "ONLINE", followUps: { create: { description: "Terugbellen", dueDate: new Date("2026-10-01") } } },
      select: { followUps: { select: { id: true } } },
    });
    const f = e.followUps[0]!;
    await db.notification.create({ data: { userId: adviser.id, kind: "FOLLOW_UP_DUE", municipalityCode: HOME, entityId: f.id, dedupeKey: `follow_up:${f.id}` } });
    h.viewer = adviser;
    expect(await setFollowUpDoneAction(null, form({ code: HOME, id: f.id, done: "true" }))).toMatchObject({ ok: true });
    expect((await db.followUp.findUniqueOrThrow({ where: { id: f.id } })).doneAt).not.toBeNull();
    expect((await db.notification.findFirstOrThrow({ where: { dedupeKey: `follow_up:${f.id}` } })).readAt).not.toBeNull();
    expect(await setFollowUpDoneAction(null, form({ code: HOME, id: f.id, done: "false" }))).toMatchObject({ ok: true });
    expect((await db.followUp.findUniqueOrThrow({ where: { id: f.id } })).doneAt).toBeNull();
    // Another municipality's follow-up under Helmond's code: not found, nothing changes.
    const foreign = await db.followUp.findFirstOrThrow({ where: { doneAt: null, adviceEntry: { municipalityCode: { not: HOME } } }, select: { id: true } });
    expect(await setFollowUpDoneAction(null, form({ code: HOME, id: foreign.id, done: "true" }))).toMatchObject({ ok: false, formError: "errors.notFound" });
    expect((await db.followUp.findUniqueOrThrow({ where: { id: foreign.id } })).doneAt).toBeNull();
  });
});
