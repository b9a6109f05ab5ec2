// The home page's numbers (coverage, matrix, peer and national shares) are computed in PostgreSQL; here
// they are checked against expectations worked out by hand on a small fixture: five GIDS municipalities
// (A, B, C of size class 4; D, E of class 6) and one non-GIDS municipality F that must never count.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import { pillarComparisons, trackComparisons } from "@/lib/workspace/comparisons";
import { getHomeOverview } from "@/lib/workspace/home-queries";
import { getInitiativeMatrix, getLastUpdated, getWorkspace } from "@/lib/workspace/queries";
import { useTestDatabase } from "./helpers/db";

// getHomeOverview reads the comparisons through the national cache; outside Next it computes every time.
vi.mock("next/cache", () => ({ cacheTag: () => {}, cacheLife: () => {}, unstable_cache: <T,>(fn: T) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

useTestDatabase("reference");

const CODES = { A: "", B: "", C: "", D: "", E: "", F: "" };
const admin: Viewer = { id: "00000000-0000-4000-8000-000000000001", role: "ADMIN", name: "Beheer", email: "b@x", municipalityCode: null, via: "session" };
let servantA: Viewer;

type Track = "PHYSICAL_ENVIRONMENT" | "BEHAVIOUR_SKILLS" | "PARTICIPATION" | "PREVENTION_CARE" | "SOCIAL_ENVIRONMENT";

async function approach(code: string, year: number, tracks: Track[], pillars: [number, "NOT_STARTED" | "COULD_DO_MORE" | "DOING_WELL"][] = []) {
  await db.approach.create({
    data: {
      municipalityCode: code,
      year,
      tracks: { create: tracks.map((trackCode) => ({ trackCode })) },
      pillars: { create: pillars.map(([pillarNumber, assessment]) => ({ pillarNumber, assessment })) },
    },
  });
}

async function initiative(code: string, status: "IDEA" | "PLANNED" | "RUNNING" | "STRUCTURAL" | "STOPPED", tracks: Track[], pillars: number[], archived = false) {
  await db.initiative.create({
    data: {
      municipalityCode: code,
      title: `${code} ${status} ${tracks.join("+")} ${pillars.join("+")}`,
      status,
      archivedAt: archived ? new Date() : null,
      tracks: { create: tracks.map((trackCode) => ({ trackCode })) },
      pillars: { create: pillars.map((pillarNumber) => ({ pillarNumber })) },
    },
  });
}

beforeAll(async () => {
  const picked = await db.municipality.findMany({ select: { code: true }, orderBy: { code: "asc" }, take: 6 });
  Object.keys(CODES).forEach((k, i) => (CODES[k as keyof typeof CODES] = picked[i]!.code));
  await db.municipality.updateMany({ data: { isGids: false } });
  for (const [k, sizeClass] of [["A", 4], ["B", 4], ["C", 4], ["D", 6], ["E", 6], ["F", 4]] as const) {
    await db.municipality.update({ where: { code: CODES[k] }, data: { sizeClass, isGids: k !== "F" } });
  }
  // Approaches. Only each municipality's most recent one counts: A's 2021 physical environment does not.
  await approach(CODES.A, 2021, ["PHYSICAL_ENVIRONMENT"]);
  await approach(CODES.A, 2026, ["SOCIAL_ENVIRONMENT"], [[1, "DOING_WELL"]]);
  await approach(CODES.B, 2026, ["PHYSICAL_ENVIRONMENT", "SOCIAL_ENVIRONMENT"], [[1, "DOING_WELL"], [2, "NOT_STARTED"]]);
  await approach(CODES.D, 2021, ["PHYSICAL_ENVIRONMENT"], [[1, "COULD_DO_MORE"]]);
  await approach(CODES.E, 2026, []);
  await approach(CODES.F, 2026, ["PHYSICAL_ENVIRONMENT"], [[1, "DOING_WELL"]]); // not GIDS
  // Initiatives. Running = RUNNING or STRUCTURAL and not archived.
  await initiative(CODES.A, "RUNNING", ["PHYSICAL_ENVIRONMENT", "PARTICIPATION"], [1, 2]);
  await initiative(CODES.A, "STRUCTURAL", ["PHYSICAL_ENVIRONMENT"], [1]);
  await initiative(CODES.A, "PLANNED", ["SOCIAL_ENVIRONMENT"], [3]);
  await initiative(CODES.A, "RUNNING", ["SOCIAL_ENVIRONMENT"], [3], true);
  await initiative(CODES.A, "RUNNING", [], []);
  await initiative(CODES.B, "RUNNING", ["PARTICIPATION"], []);
  await initiative(CODES.C, "STOPPED", ["PHYSICAL_ENVIRONMENT"], [1]);
  await initiative(CODES.F, "RUNNING", ["PHYSICAL_ENVIRONMENT"], [1]);
  const user = await db.user.create({ data: { email: "a@gemeente.example", name: "Ambtenaar A", role: "CIVIL_SERVANT" } });
  await db.membership.create({ data: { userId: user.id, municipalityCode: CODES.A } });
  servantA = { id: user.id, role: "CIVIL_SERVANT", name: user.name, email: user.email, municipalityCode: CODES.A, via: "session" };
});

const byTrack = async (sizeClass: number) => Object.fromEntries((await trackComparisons(sizeClass)).map((t) => [t.track, t]));

describe("track comparisons", () => {
  it("shares of approaches: 4 GIDS municipalities logged one (A, B, D, E), 2 of them in class 4 (A, B)", async () => {
    const t = await byTrack(4);
    expect(t.PHYSICAL_ENVIRONMENT!.approach).toEqual({ national: { yes: 2, n: 4 }, peers: { yes: 1, n: 2 } }); // B, D / B
    expect(t.SOCIAL_ENVIRONMENT!.approach).toEqual({ national: { yes: 2, n: 4 }, peers: { yes: 2, n: 2 } }); // A, B
    expect(t.PARTICIPATION!.approach).toEqual({ national: { yes: 0, n: 4 }, peers: { yes: 0, n: 2 } });
  });

  it("shares with a running initiative: of all 5 GIDS municipalities, 3 in class 4", async () => {
    const t = await byTrack(4);
    expect(t.PHYSICAL_ENVIRONMENT!.initiatives).toEqual({ national: { yes: 1, n: 5 }, peers: { yes: 1, n: 3 } }); // A (C stopped, F not GIDS)
    expect(t.PARTICIPATION!.initiatives).toEqual({ national: { yes: 2, n: 5 }, peers: { yes: 2, n: 3 } }); // A, B
    expect(t.SOCIAL_ENVIRONMENT!.initiatives).toEqual({ national: { yes: 0, n: 5 }, peers: { yes: 0, n: 3 } }); // planned / archived only
  });

  it("peers follow the size class asked for", async () => {
    const t = await byTrack(6);
    expect(t.PHYSICAL_ENVIRONMENT!.approach.peers).toEqual({ yes: 1, n: 2 }); // D of D, E
    expect(t.PHYSICAL_ENVIRONMENT!.initiatives.peers).toEqual({ yes: 0, n: 2 });
  });
});

describe("pillar comparisons", () => {
  it("counts 'doing well' in each municipality's most recent approach", async () => {
    const p = Object.fromEntries((await pillarComparisons(4)).map((x) => [x.pillar, x]));
    expect(p[1]).toMatchObject({ national: { yes: 2, n: 4 }, peers: { yes: 2, n: 2 } }); // A, B (D could do more, F not GIDS)
    expect(p[2]).toMatchObject({ national: { yes: 0, n: 4 }, peers: { yes: 0, n: 2 } });
  });
});

describe("initiative matrix of A", () => {
  it("counts running initiatives per cell, per track, per pillar and in total", async () => {
    const m = await getInitiativeMatrix(admin, CODES.A);
    const at = (track: string, pillar: number) => m.cells[m.tracks.indexOf(track)]![m.pillars.indexOf(pillar)];
    expect(at("PHYSICAL_ENVIRONMENT", 1)).toBe(2);
    expect(at("PHYSICAL_ENVIRONMENT", 2)).toBe(1);
    expect(at("PARTICIPATION", 1)).toBe(1);
    expect(at("PARTICIPATION", 2)).toBe(1);
    expect(at("SOCIAL_ENVIRONMENT", 3)).toBe(0); // planned and archived ones do not count
    expect(m.trackTotals).toEqual([2, 0, 1, 0, 0]);
    expect(m.pillarTotals).toEqual([2, 1, 0, 0, 0, 0, 0, 0]);
    expect(m.total).toBe(3); // including the one without track or pillar
    expect(m.emptyCells).toBe(36);
    expect(m.emptyTracks).toEqual(["BEHAVIOUR_SKILLS", "PREVENTION_CARE", "SOCIAL_ENVIRONMENT"]);
  });

  it("is empty for a viewer outside the municipality's scope", async () => {
    const other: Viewer = { ...servantA, id: "00000000-0000-4000-8000-000000000002" };
    expect((await getInitiativeMatrix(other, CODES.A)).total).toBe(0);
    expect(await getLastUpdated(other, CODES.A)).toBeNull();
  });
});

describe("home overview", () => {
  it("puts A's own approach and initiatives next to its peers and all GIDS municipalities", async () => {
    const ws = await getWorkspace(servantA, CODES.A);
    expect(ws).toMatchObject({ code: CODES.A, sizeClass: 4, isGids: true, canWrite: true });
    const o = await getHomeOverview(servantA, ws!, "nl");
    expect(o.approach?.year).toBe(2026);
    const phys = o.tracks.find((t) => t.code === "PHYSICAL_ENVIRONMENT")!;
    expect(phys).toMatchObject({ name: "Fysieke omgeving", inApproach: false, running: 2 });
    expect(phys.approach.national).toEqual({ yes: 2, n: 4 });
    expect(o.tracks.find((t) => t.code === "SOCIAL_ENVIRONMENT")).toMatchObject({ inApproach: true, running: 0 });
    expect(o.pillars.find((p) => p.number === 1)).toMatchObject({ assessment: "DOING_WELL", peers: { yes: 2, n: 2 } });
    expect(o.matrix.total).toBe(3);
  });

  it("reports when the approach or an initiative last changed", async () => {
    const last = await getLastUpdated(servantA, CODES.A);
    const newest = await db.initiative.findFirstOrThrow({ where: { municipalityCode: CODES.A }, orderBy: { updatedAt: "desc" }, select: { updatedAt: true } });
    expect(last?.at).toBe(newest.updatedAt.toISOString());
  });

  it("opens no workspace for a civil servant of another municipality", async () => {
    expect(await getWorkspace({ ...servantA, municipalityCode: CODES.B }, CODES.B)).toBeNull();
  });
});
