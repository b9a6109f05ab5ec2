// Programme figures from logged approaches and initiatives, against a small hand-made set (year 2023).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queryProgramme } from "@/lib/dashboards/aggregates/programme";
import { programmeCells } from "@/lib/dashboards/programme";
import type { ProgrammeDTO } from "@/lib/dashboards/types";
import { useTestDatabase as testDatabase } from "./helpers/db";

testDatabase("reference");
const Y = 2023;
let dto: ProgrammeDTO;

async function approach(code: string, tracks: string[], funding: string[], monitoring: string[]) {
  await db.approach.create({
    data: {
      municipalityCode: code,
      year: Y,
      fundingSources: funding as never,
      monitoringLevels: monitoring as never,
      tracks: { create: tracks.map((trackCode) => ({ trackCode: trackCode as never })) },
    },
  });
}

async function initiative(code: string, title: string, o: { start?: string; end?: string; status?: string; archived?: boolean; tracks?: string[]; pillars?: number[] }) {
  await db.initiative.create({
    data: {
      municipalityCode: code,
      title,
      status: (o.status ?? "RUNNING") as never,
      startDate: o.start ? new Date(o.start) : null,
      endDate: o.end ? new Date(o.end) : null,
      archivedAt: o.archived ? new Date() : null,
      fundingSources: ["GIDS"],
      tracks: { create: (o.tracks ?? []).map((trackCode) => ({ trackCode: trackCode as never })) },
      pillars: { create: (o.pillars ?? []).map((pillarNumber) => ({ pillarNumber })) },
    },
  });
}

beforeAll(async () => {
  const [a, b] = (await db.municipality.findMany({ select: { code: true }, orderBy: { code: "asc" }, take: 2 })).map((m) => m.code);
  const all5 = ["PHYSICAL_ENVIRONMENT", "BEHAVIOUR_SKILLS", "PARTICIPATION", "PREVENTION_CARE", "SOCIAL_ENVIRONMENT"];
  await approach(a!, all5, ["GIDS", "FUNDS"], ["ACTIVITIES"]);
  await approach(b!, all5.slice(0, 3), ["GIDS"], []);
  await initiative(a!, "loopt sinds 2022", { start: "2022-03-01", tracks: ["PARTICIPATION", "SOCIAL_ENVIRONMENT"], pillars: [1] });
  await initiative(b!, "alleen 2023", { start: "2023-06-01", end: "2023-12-31", tracks: ["PARTICIPATION"] });
  await initiative(b!, "begint 2024", { start: "2024-01-01", tracks: ["PARTICIPATION"] });
  await initiative(b!, "gearchiveerd", { start: "2020-01-01", archived: true, tracks: ["PARTICIPATION"] });
  await initiative(b!, "idee", { status: "IDEA", tracks: ["PARTICIPATION"] });
  await initiative(b!, "gestopt 2022", { start: "2021-01-01", end: "2022-12-31", status: "STOPPED", tracks: ["PARTICIPATION"] });
  dto = await queryProgramme();
});

const count = (kind: string, key: string | null = null) => dto.counts.find((c) => c.year === Y && c.kind === kind && c.key === key)?.count ?? 0;

describe("programme figures (hand-computed)", () => {
  it("lists the year of the logged approaches among the years", () => {
    expect(dto.years).toContain(Y);
    expect(dto.years).toEqual([...dto.years].sort((x, y) => x - y));
    expect(dto.years.every((y) => y <= new Date().getFullYear())).toBe(true);
  });
  it("counts approaches, those covering all five tracks, funding and monitoring", () => {
    expect(count("approaches")).toBe(2);
    expect(count("allTracks")).toBe(1);
    expect(count("approachFunding", "GIDS")).toBe(2);
    expect(count("approachFunding", "FUNDS")).toBe(1);
    expect(count("approachMonitoring", "ACTIVITIES")).toBe(1);
    expect(programmeCells(dto, "vijf-sporen").find((c) => c.year === Y)).toMatchObject({ count: 1, base: 2, share: 0.5 });
  });
  it("counts initiatives running in the year only: not before their start, after their end, archived or ideas", () => {
    expect(count("initiatives")).toBe(2);
    expect(count("initiativeTrack", "PARTICIPATION")).toBe(2);
    expect(count("initiativeTrack", "SOCIAL_ENVIRONMENT")).toBe(1);
    expect(count("initiativePillar", "1")).toBe(1);
    expect(count("initiativeFunding", "GIDS")).toBe(2);
  });
});
