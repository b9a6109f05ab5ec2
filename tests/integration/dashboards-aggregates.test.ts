// The national aggregates in real PostgreSQL against figures computed by hand (dashboards-fixture.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { shapeBreakdown } from "@/lib/dashboards/breakdown";
import { queryGroupCounts, queryGroups } from "@/lib/dashboards/aggregates/breakdown";
import { queryMapAnswers } from "@/lib/dashboards/aggregates/map";
import { categoryOf } from "@/lib/dashboards/map";
import type { BreakdownDTO, RoundResultsWithStatusDTO } from "@/lib/dashboards/types";
import { getAllRoundResults, getRoundResults } from "@/lib/surveys/results";
import { createFixture, YEAR } from "./dashboards-fixture";
import { useTestDatabase as testDatabase } from "./helpers/db";

testDatabase("reference");
let fx: Awaited<ReturnType<typeof createFixture>>;
let national: RoundResultsWithStatusDTO;

const option = (q: { options: { key: string; count: number | null; share: number | null }[] } | undefined, key: string) => q?.options.find((o) => o.key === key);

beforeAll(async () => {
  fx = await createFixture();
  national = (await getRoundResults(YEAR))!;
});

describe("national results (hand-computed)", () => {
  it("counts submitted and accepted responses against the GIDS municipalities of the year", () => {
    expect(national).toMatchObject({ year: YEAR, status: "CLOSED", gidsMunicipalities: 9, respondents: 9, responseRate: 1 });
  });
  it("counts each question's n and options, never the draft", () => {
    const q = (key: string) => national.questions.find((x) => x.key === key)!;
    expect(q("residents.low_ses_involved")).toMatchObject({ n: 9, options: [{ key: "yes", count: 6 }, { key: "no", count: 3 }] });
    expect(q("approach.tracks").n).toBe(7);
    expect(option(q("approach.tracks"), "PHYSICAL_ENVIRONMENT")).toEqual({ key: "PHYSICAL_ENVIRONMENT", count: 4, share: 4 / 7 });
    expect(option(q("approach.tracks"), "SOCIAL_ENVIRONMENT")?.count).toBe(2);
    expect(q("support.integrated_approach").options.map((o) => [o.key, o.count])).toEqual([
      ["NOT_HELPED", 1],
      ["HELPED", 4],
      ["STRONGLY_HELPED", 2],
      ["HELPED_OR_STRONGLY", 6],
    ]);
    expect(q("support.integrated_approach").n).toBe(7);
  });
  it("returns every open or closed round in one call, the same as one by one", async () => {
    const all = await getAllRoundResults();
    expect(all.map((r) => r.year)).toEqual([2015, 2019, 2021, YEAR, 2026]);
    expect(all.find((r) => r.year === YEAR)).toEqual(national);
  });
  it("uses only the municipalities that were GIDS municipalities in the round's year", async () => {
    const { db } = await import("@/lib/db");
    await db.municipality.update({ where: { code: fx.F[1] }, data: { gidsSince: YEAR + 1 } });
    expect((await getRoundResults(YEAR))!.gidsMunicipalities).toBe(8);
    await db.municipality.update({ where: { code: fx.F[1] }, data: { gidsSince: 2014 } });
  });
});

describe("breakdown by province (hand-computed, small groups withheld)", () => {
  let bd: BreakdownDTO;
  beforeAll(async () => {
    bd = shapeBreakdown(YEAR, "province", national.questions, await queryGroups([YEAR], "province"), await queryGroupCounts([YEAR], "province", null));
  });
  const group = (key: string) => bd.groups.find((g) => g.key === key)!;
  const question = (g: string, q: string) => group(g).questions.find((x) => x.key === q)!;

  it("lists the provinces with GIDS municipalities or respondents", () => {
    expect(bd.groups.map((g) => [g.key, g.name, g.gidsMunicipalities, g.respondents])).toEqual([
      ["PV24", "Flevoland", 2, 2],
      ["PV30", "Noord-Brabant", 7, 6],
      ["PV26", "Utrecht", 0, 1],
    ]);
  });
  it("shows Noord-Brabant's figures", () => {
    expect(question("PV30", "residents.low_ses_involved")).toEqual({
      key: "residents.low_ses_involved",
      n: 6,
      suppressed: false,
      options: [
        { key: "yes", count: 4, share: 4 / 6 },
        { key: "no", count: 2, share: 2 / 6 },
      ],
    });
    expect(question("PV30", "approach.tracks").n).toBe(5);
    expect(option(question("PV30", "approach.tracks"), "PHYSICAL_ENVIRONMENT")).toEqual({ key: "PHYSICAL_ENVIRONMENT", count: 3, share: 0.6 });
    expect(option(question("PV30", "approach.tracks"), "PREVENTION_CARE")).toEqual({ key: "PREVENTION_CARE", count: 0, share: 0 });
    expect(option(question("PV30", "support.integrated_approach"), "HELPED_OR_STRONGLY")).toEqual({ key: "HELPED_OR_STRONGLY", count: 5, share: 5 / 6 });
  });
  it("withholds Flevoland (2) and Utrecht (1): n stays, counts and shares do not", () => {
    for (const g of ["PV24", "PV26"]) {
      const q = question(g, "residents.low_ses_involved");
      expect(q.suppressed).toBe(true);
      expect(q.options.every((o) => o.count === null && o.share === null)).toBe(true);
    }
    expect(question("PV24", "residents.low_ses_involved").n).toBe(2);
  });
  it("adds up to the national n before suppression, in every dimension", async () => {
    for (const dim of ["province", "ggd_region", "size_class", "large"] as const) {
      const rows = await queryGroupCounts([YEAR], dim, "residents.low_ses_involved");
      const n = rows.filter((r) => r.option_key === null).reduce((a, r) => a + r.count, 0);
      const yes = rows.filter((r) => r.option_key === "yes").reduce((a, r) => a + r.count, 0);
      expect([dim, n, yes]).toEqual([dim, 9, 6]);
    }
  });
  it("counts several rounds in one query, each row tagged with its round", async () => {
    const rows = await queryGroupCounts([2015, YEAR], "province", "residents.low_ses_involved");
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([YEAR]));
    const groups = await queryGroups([2015, YEAR], "province");
    // 2015 has no responses in this data set, but the same GIDS municipalities.
    expect(groups.filter((g) => g.year === 2015).map((g) => [g.key, g.gids, g.respondents])).toEqual([
      ["PV24", 2, 0],
      ["PV30", 7, 0],
    ]);
    expect(groups.filter((g) => g.year === YEAR)).toHaveLength(3);
  });
  it("filters to one question on request", async () => {
    const rows = await queryGroupCounts([YEAR], "province", "approach.tracks");
    expect(new Set(rows.map((r) => r.question_key))).toEqual(new Set(["approach.tracks"]));
  });
});

describe("map answers (published only)", () => {
  it("gives every municipality a row and never shows a draft's answer", async () => {
    const rows = await queryMapAnswers(YEAR, "residents.low_ses_involved");
    expect(rows).toHaveLength(342);
    const by = new Map(rows.map((r) => [r.code, r]));
    expect(categoryOf(by.get(fx.B[0]!)!, "yes")).toBe("chosen");
    expect(categoryOf(by.get(fx.B[4]!)!, "yes")).toBe("notChosen");
    expect(by.get(fx.B[6]!)).toMatchObject({ gids: true, responded: false, answered: false, options: [] });
    expect(categoryOf(by.get(fx.B[6]!)!, "yes")).toBe("noResponse");
    expect(categoryOf(by.get(fx.N)!, "yes")).toBe("notChosen");
    expect(categoryOf(by.get(fx.other)!, "yes")).toBe("notGids");
  });
  it("knows a skipped question, an empty multi answer and the derived likert option", async () => {
    const tracks = new Map((await queryMapAnswers(YEAR, "approach.tracks")).map((r) => [r.code, r]));
    expect(categoryOf(tracks.get(fx.B[5]!)!, "PHYSICAL_ENVIRONMENT")).toBe("notAnswered");
    expect(tracks.get(fx.B[4]!)).toMatchObject({ answered: true, options: [] });
    expect(tracks.get(fx.B[0]!)!.options).toEqual(["PHYSICAL_ENVIRONMENT", "SOCIAL_ENVIRONMENT"]);
    const likert = new Map((await queryMapAnswers(YEAR, "support.integrated_approach")).map((r) => [r.code, r]));
    expect(likert.get(fx.B[0]!)!.options).toEqual(["STRONGLY_HELPED", "HELPED_OR_STRONGLY"]);
    expect(likert.get(fx.B[2]!)!.options).toEqual(["NOT_HELPED"]);
  });
  it("answers nothing for a round or question that does not exist", async () => {
    expect(await queryMapAnswers(1999, "residents.low_ses_involved")).toEqual([]);
    expect(await queryMapAnswers(YEAR, "no.such.question")).toEqual([]);
  });
});
