// The approach through the real server actions and queries on the demo data: save with the version check,
// consistency rules, starting a new year from the last one, and the audit trail.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { sameSiteHeaders, type RequestState } from "./auth-fixtures/next-mocks";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null, req: { headers: new Headers(), cookies: new Map() } as RequestState }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("next/headers", () => ({ headers: async () => h.req.headers }));
vi.mock("next/cache", () => ({ cacheTag: () => {}, cacheLife: () => {}, revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

import { db } from "@/lib/db";
import { saveApproachAction, startApproachYearAction } from "@/lib/approach/actions";
import { diffApproaches, countChanges } from "@/lib/approach/diff";
import { getApproach, getLatestApproach, listApproachYears } from "@/lib/approach/queries";
import { getLastUpdated } from "@/lib/workspace/queries";
import { form } from "./auth-fixtures/matrix";
import { HOME, loadCast, type Cast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

let cast: Cast;
let latest: { id: string; year: number; version: number };
beforeAll(async () => {
  cast = await loadCast();
  latest = await db.approach.findFirstOrThrow({ where: { municipalityCode: HOME }, select: { id: true, year: true, version: true }, orderBy: { year: "desc" } });
});
beforeEach(() => {
  h.viewer = cast.viewers.csSame;
  h.req.headers = sameSiteHeaders();
});

const current = () => db.approach.findUniqueOrThrow({ where: { id: latest.id }, select: { version: true } });

describe("saveApproachAction", () => {
  it("replaces the approach's fields, tracks and pillars, bumps the version and audits before and after", async () => {
    const { version } = await current();
    const r = await saveApproachAction(
      null,
      form({
        code: HOME,
        year: latest.year,
        id: latest.id,
        version,
        stage: "INTEGRATED",
        lowSesInvolved: "yes",
        "residentMethods[]": ["CO_CREATION", "AMBASSADORS"],
        monitoringAttention: "yes",
        "monitoringLevels[]": ["HEALTH_EFFECTS"],
        anchoringAttention: "no",
        "fundingSources[]": ["GIDS", "FUNDS"],
        story: "Het preventieakkoord is door 70 partners getekend.",
        track_PHYSICAL_ENVIRONMENT: "on",
        trackText_PHYSICAL_ENVIRONMENT: "Groene schoolpleinen",
        track_PARTICIPATION: "on",
        pillar_3: "DOING_WELL",
        pillarNote_3: "Wethouder sinds 2018",
      }),
    );
    expect(r).toMatchObject({ ok: true, data: { id: latest.id, year: latest.year, version: version + 1 } });
    const a = await getApproach(cast.viewers.csSame!, HOME, latest.year);
    expect(a).toMatchObject({
      stage: "INTEGRATED",
      lowSesInvolved: true,
      residentMethods: ["CO_CREATION", "AMBASSADORS"],
      monitoringLevels: ["HEALTH_EFFECTS"],
      anchoringAttention: false,
      anchoringMethods: [],
      tracks: [
        { code: "PHYSICAL_ENVIRONMENT", text: "Groene schoolpleinen" },
        { code: "PARTICIPATION", text: "" },
      ],
      pillars: [{ number: 3, assessment: "DOING_WELL", note: "Wethouder sinds 2018" }],
    });
    // The workspace shows who changed it last (name only).
    expect(await getLastUpdated(cast.viewers.csSame!, HOME)).toEqual({ at: a!.updatedAt, byName: cast.viewers.csSame!.name });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "approach.update", entityId: latest.id }, orderBy: { id: "desc" } });
    expect(audit.before).not.toBeNull();
    expect((audit.after as { stage: string }).stage).toBe("INTEGRATED");
  });

  it("refuses a stale version and changes nothing", async () => {
    const { version } = await current();
    const before = await getApproach(cast.viewers.csSame!, HOME, latest.year);
    const r = await saveApproachAction(null, form({ code: HOME, year: latest.year, id: latest.id, version: version - 1, stage: "AGENDA" }));
    expect(r).toMatchObject({ ok: false, conflict: true, formError: "errors.conflict" });
    expect(await getApproach(cast.viewers.csSame!, HOME, latest.year)).toEqual(before);
  });

  it("refuses a follow-up answer without 'yes' (consistency) next to the field", async () => {
    const { version } = await current();
    const r = await saveApproachAction(null, form({ code: HOME, year: latest.year, id: latest.id, version, monitoringAttention: "no", "monitoringLevels[]": ["PROCESS"] }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { monitoringLevels: ["workspace.validation.notApplicable"] } });
  });

  it("is a 404 for an approach id of another municipality and for read-only personas", async () => {
    const foreign = await db.approach.findFirstOrThrow({ where: { municipalityCode: cast.otherCode }, select: { id: true, year: true, version: true } });
    const r = await saveApproachAction(null, form({ code: HOME, year: foreign.year, id: foreign.id, version: foreign.version, story: "x" }));
    expect(r).toMatchObject({ ok: false, formError: "errors.notFound" });
    h.viewer = cast.viewers.adviserAssigned;
    const { version } = await current();
    expect(await saveApproachAction(null, form({ code: HOME, year: latest.year, id: latest.id, version, story: "x" }))).toMatchObject({ formError: "errors.notFound" });
  });
});

describe("startApproachYearAction", () => {
  it("starts a new year as a copy of the most recent earlier year; the two years then compare equal", async () => {
    const next = latest.year + 1;
    await db.approach.deleteMany({ where: { municipalityCode: HOME, year: next } });
    const r = await startApproachYearAction(null, form({ code: HOME, year: next, from: "copy" }));
    expect(r).toMatchObject({ ok: true, data: { year: next, version: 1 } });
    const [a, b] = [await getApproach(cast.viewers.csSame!, HOME, latest.year), await getApproach(cast.viewers.csSame!, HOME, next)];
    expect(countChanges(diffApproaches(a, b))).toBe(0);
    expect(b!.tracks.length).toBe(a!.tracks.length);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "approach.create", entityId: b!.id } });
    expect((audit.after as { copiedFrom: number }).copiedFrom).toBe(latest.year);
    expect(await listApproachYears(cast.viewers.csSame!, HOME)).toContain(next);
  });

  it("refuses a year that already exists (conflict) and starts an empty year on request", async () => {
    expect(await startApproachYearAction(null, form({ code: HOME, year: latest.year, from: "copy" }))).toMatchObject({ ok: false, conflict: true });
    const empty = 2016;
    await db.approach.deleteMany({ where: { municipalityCode: HOME, year: empty } });
    expect(await startApproachYearAction(null, form({ code: HOME, year: empty, from: "empty" }))).toMatchObject({ ok: true });
    expect(await getApproach(cast.viewers.csSame!, HOME, empty)).toMatchObject({ tracks: [], pillars: [], stage: null, story: "" });
  });
});

describe("approach queries", () => {
  it("open to the assigned adviser and admin, closed to others", async () => {
    expect(await getLatestApproach(cast.viewers.adviserAssigned!, HOME)).not.toBeNull();
    expect(await getLatestApproach(cast.viewers.admin!, HOME)).not.toBeNull();
    for (const p of ["csOther", "adviserOther", "vws"] as const) {
      expect(await getLatestApproach(cast.viewers[p]!, HOME)).toBeNull();
      expect(await listApproachYears(cast.viewers[p]!, HOME)).toEqual([]);
    }
  });
});
