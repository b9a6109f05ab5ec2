// The peer view on a small fixture (reference data): A compared with B, C, D (same size class, GIDS) while
// E (other size class) and F (not GIDS) never count. Shares worked out by hand: B and C logged an approach.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getPeerView } from "@/lib/peers/queries";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("reference");

const admin: Viewer = { id: "00000000-0000-4000-8000-000000000009", role: "ADMIN", name: "Beheer", email: "b@x", municipalityCode: null, via: "session" };
const C = { A: "", B: "", C: "", D: "", E: "", F: "" };
type T = "PHYSICAL_ENVIRONMENT" | "PARTICIPATION" | "SOCIAL_ENVIRONMENT";

async function approach(code: string, tracks: T[], o: { monitoring?: boolean; levels?: ("PROCESS" | "ACTIVITIES")[]; lowSes?: boolean; pillar1?: "DOING_WELL" | "NOT_STARTED" } = {}) {
  await db.approach.create({
    data: {
      municipalityCode: code, year: 2026, monitoringAttention: o.monitoring ?? null, monitoringLevels: o.levels ?? [], lowSesInvolved: o.lowSes ?? null,
      tracks: { create: tracks.map((trackCode) => ({ trackCode })) },
      pillars: { create: o.pillar1 ? [{ pillarNumber: 1, assessment: o.pillar1 }] : [] },
    },
  });
}
async function initiative(code: string, title: string, tracks: T[], visibility: "PRIVATE" | "GIDS_NETWORK" | "PUBLIC", extra: { archived?: boolean; status?: "RUNNING" | "STOPPED" | "PLANNED" } = {}) {
  await db.initiative.create({
    data: { municipalityCode: code, title, status: extra.status ?? "RUNNING", visibility, archivedAt: extra.archived ? new Date() : null, tracks: { create: tracks.map((trackCode) => ({ trackCode })) } },
  });
}

beforeAll(async () => {
  const picked = await db.municipality.findMany({ where: { validTo: null }, select: { code: true }, orderBy: { code: "asc" }, take: 6 });
  Object.keys(C).forEach((k, i) => (C[k as keyof typeof C] = picked[i]!.code));
  await db.municipality.updateMany({ data: { isGids: false } });
  for (const [k, size] of [["A", 5], ["B", 5], ["C", 5], ["D", 5], ["E", 7], ["F", 5]] as const) {
    await db.municipality.update({ where: { code: C[k] }, data: { sizeClass: size, isGids: k !== "F" } });
  }
  await approach(C.A, ["PARTICIPATION"], { monitoring: false, lowSes: true, pillar1: "NOT_STARTED" });
  await approach(C.B, ["PHYSICAL_ENVIRONMENT", "PARTICIPATION"], { monitoring: true, levels: ["PROCESS"], lowSes: true, pillar1: "DOING_WELL" });
  await approach(C.C, ["PARTICIPATION"], { monitoring: false, lowSes: false, pillar1: "NOT_STARTED" });
  await approach(C.E, ["PHYSICAL_ENVIRONMENT"], { monitoring: true });
  await approach(C.F, ["PHYSICAL_ENVIRONMENT"], { monitoring: true });
  await initiative(C.B, "Groene schoolpleinen", ["PHYSICAL_ENVIRONMENT"], "GIDS_NETWORK");
  await initiative(C.B, "Beweegroute (privé)", ["PHYSICAL_ENVIRONMENT"], "PRIVATE");
  await initiative(C.B, "Oud project", ["PHYSICAL_ENVIRONMENT"], "PUBLIC", { archived: true });
  await initiative(C.B, "Gestopt project", ["PHYSICAL_ENVIRONMENT"], "PUBLIC", { status: "STOPPED" });
  await initiative(C.D, "Ontmoetingsplek", ["SOCIAL_ENVIRONMENT", "PARTICIPATION"], "PUBLIC", { status: "PLANNED" });
  await initiative(C.C, "Schuldhulp", ["PARTICIPATION"], "GIDS_NETWORK");
  await initiative(C.E, "Andere groep", ["PHYSICAL_ENVIRONMENT"], "GIDS_NETWORK");
  await initiative(C.F, "Geen GIDS", ["PHYSICAL_ENVIRONMENT"], "GIDS_NETWORK");
});

describe("peer view", () => {
  it("computes shares over peers with an approach, next to the municipality's own answers", async () => {
    const v = await getPeerView(admin, C.A, "size");
    const c = v.comparison;
    expect(c).toMatchObject({ peers: 3, peersWithApproach: 2, selfHasApproach: true });
    const track = (k: string) => c.tracks.find((t) => t.key === k)!;
    expect(track("PHYSICAL_ENVIRONMENT")).toMatchObject({ yes: 1, share: 0.5, self: false });
    expect(track("PARTICIPATION")).toMatchObject({ yes: 2, share: 1, self: true });
    expect(c.monitoring).toMatchObject({ share: 0.5, self: false });
    expect(c.monitoringLevels.find((l) => l.key === "PROCESS")).toMatchObject({ share: 0.5, self: false });
    expect(c.lowSes).toMatchObject({ share: 0.5, self: true });
    expect(c.pillars[0]).toMatchObject({ number: 1, doingWell: 0.5, notStarted: 0.5, couldDoMore: 0, self: "NOT_STARTED" });
  });

  it("suggests only network-visible, current initiatives of peers on the tracks A does not cover", async () => {
    const v = await getPeerView(admin, C.A, "size");
    expect(v.suggestions.map((s) => s.title)).toEqual(["Groene schoolpleinen", "Ontmoetingsplek"]);
    expect(v.suggestions[1]!.tracks).toEqual(["SOCIAL_ENVIRONMENT"]);
  });

  it("changes with the chosen group and refuses viewers without access to the municipality", async () => {
    const byProvince = await getPeerView(admin, C.A, "province");
    expect(byProvince.comparison.peers).not.toBe(3);
    const adviser: Viewer = { ...admin, role: "ADVISER" };
    await expect(getPeerView(adviser, C.A, "size")).rejects.toThrow();
    await expect(getPeerView({ ...admin, role: "VWS" }, C.A, "size")).rejects.toThrow();
  });
});
