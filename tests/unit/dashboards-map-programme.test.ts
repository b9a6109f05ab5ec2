import { describe, expect, it } from "vitest";
import { CATEGORY_FILL, SHARE_COLOURS } from "@/lib/geo/legend";
import { categoryCounts, categoryOf, mapItems, mapTable, seesMunicipalAnswers, SUPPRESSED_FILL, withoutAnswer } from "@/lib/dashboards/map";
import { chooseMapLevel, mapLevels } from "@/lib/dashboards/filters";
import { programmeCells, programmeTable, yearsWithData } from "@/lib/dashboards/programme";
import { breakdownTable, headlineTable, questionTable, trendTable } from "@/lib/dashboards/tables-survey";
import { headlineFigures } from "@/lib/dashboards/headlines";
import { questionTrend } from "@/lib/dashboards/trend";
import type { BreakdownDTO, MapMunicipalityDTO, ProgrammeDTO } from "@/lib/dashboards/types";
import { ctx, round } from "./dashboards-fixtures";

const muni = (code: string, over: Partial<MapMunicipalityDTO>): MapMunicipalityDTO => ({
  code, name: code, provinceCode: "PV30", ggdRegionCode: "GG1", gids: true, responded: true, answered: true, options: [], ...over,
});
const munis = [
  muni("A", { options: ["yes"] }),
  muni("B", { options: ["no"] }),
  muni("C", { answered: false }),
  muni("D", { responded: false, answered: false }),
  muni("E", { gids: false, responded: false, answered: false }),
  muni("F", { provinceCode: "PV24", options: ["yes"] }),
];
const bd: BreakdownDTO = {
  year: 2021,
  dimension: "province",
  minGroupSize: 5,
  groups: [
    { key: "PV30", name: "Noord-Brabant", gidsMunicipalities: 9, respondents: 8, questions: [{ key: "q", n: 8, suppressed: false, options: [{ key: "yes", count: 6, share: 0.75 }] }] },
    { key: "PV24", name: "Flevoland", gidsMunicipalities: 2, respondents: 1, questions: [{ key: "q", n: 1, suppressed: true, options: [{ key: "yes", count: null, share: null }] }] },
  ],
};

describe("map", () => {
  it("puts each municipality in one category", () => {
    expect(munis.map((m) => categoryOf(m, "yes"))).toEqual(["chosen", "notChosen", "notAnswered", "noResponse", "notGids", "chosen"]);
  });
  it("colours municipalities by category, counting them for the legend", () => {
    const items = mapItems(munis, "q", "yes", "municipality", null);
    expect(items.map((i) => i.fill)).toEqual(["chosen", "notChosen", "notAnswered", "noResponse", "notGids", "chosen"].map((c) => CATEGORY_FILL[c as keyof typeof CATEGORY_FILL]));
    expect(categoryCounts(items)).toEqual({ chosen: 2, notChosen: 1, notAnswered: 1, noResponse: 1, notGids: 1 });
  });
  it("colours GIDS municipalities by their region's share, withheld regions dotted, others hatched", () => {
    const items = mapItems(munis, "q", "yes", "province", bd);
    expect(items[0]).toMatchObject({ fill: SHARE_COLOURS[3], share: 0.75, n: 8, regionName: "Noord-Brabant" });
    expect(items[4]).toMatchObject({ fill: CATEGORY_FILL.notGids, share: null });
    expect(items[5]).toMatchObject({ fill: SUPPRESSED_FILL, share: null, regionName: "Flevoland" });
  });
  it("tables the GIDS and responding municipalities by name, never a draft's answer", () => {
    const table = mapTable(ctx, round(2021, "CLOSED", [7, 9]), "approach.tracks", "PHYSICAL_ENVIRONMENT", mapItems(munis, "q", "yes", "municipality", null));
    expect(table.rows.map((r) => r[0])).toEqual(["A", "B", "C", "D", "F"]);
    expect(table.rows[3]).toEqual(["D", "D", "map.category.noResponse"]);
    expect(table.source).toContain("meta.cbs");
  });
});

describe("map access", () => {
  it("shows single municipalities' answers only to those who read submitted questionnaires nationally", () => {
    expect(seesMunicipalAnswers("VWS")).toBe(true);
    expect(seesMunicipalAnswers("ADMIN")).toBe(true);
    expect(seesMunicipalAnswers("CIVIL_SERVANT")).toBe(false);
    expect(seesMunicipalAnswers("ADVISER")).toBe(false);
  });
  it("offers the others the region levels only, whatever the URL asks", () => {
    expect(mapLevels(false)).toEqual(["ggd_region", "province"]);
    expect(chooseMapLevel("municipality", false)).toBe("ggd_region");
    expect(chooseMapLevel(undefined, false)).toBe("ggd_region");
    expect(chooseMapLevel("province", false)).toBe("province");
    expect(chooseMapLevel(undefined, true)).toBe("municipality");
  });
  it("strips a municipality's answer, keeping where it lies and whether it is GIDS", () => {
    expect(withoutAnswer(munis[0]!)).toEqual({ ...munis[0], responded: false, answered: false, options: [] });
  });
  it("tables the region level by its regions' shares, not by single answers", () => {
    const table = mapTable(ctx, round(2021, "CLOSED", [7, 9]), "approach.tracks", "PHYSICAL_ENVIRONMENT", mapItems(munis.map(withoutAnswer), "q", "yes", "province", bd), "province");
    expect(table.columns.map((c) => c.kind)).toEqual(["text", "text", "text", "share", "count"]);
    expect(table.rows[0]).toEqual(["A", "A", "Noord-Brabant", 0.75, 8]);
    expect(table.rows.find((r) => r[0] === "F")).toEqual(["F", "F", "Flevoland", null, 1]);
    expect(table.rows.flat()).not.toContain("map.category.chosen");
    expect(table.notes).toEqual(["notes.mapRegions(min=5)"]);
  });
});

describe("survey tables", () => {
  const r2015 = round(2015, "CLOSED", [5, 8]);
  const r2021 = round(2021, "CLOSED", [7, 9]);
  it("tables one question with its base, round and notes", () => {
    const t = questionTable(ctx, r2021, r2021.questions[1]!);
    expect(t).toMatchObject({ id: "vraag-support.integrated_approach-2021", title: "Geholpen?", round: "2021", generatedAt: ctx.generatedAt });
    expect(t.n).toBe("meta.base(n=10,respondents=10,gids=20,rate=50%)");
    expect(t.rows.at(-1)).toEqual(["Geholpen of sterk geholpen", 9, 0.9]);
    expect(t.notes).toContain("notes.helped");
    expect(questionTable(ctx, round(2026, "OPEN", [1, 1]), r2021.questions[0]!).round).toBe("meta.roundProvisional(year=2026)");
  });
  it("tables a trend in long form, oldest first", () => {
    const t = trendTable(ctx, "approach.tracks", questionTrend([r2021, r2015], "approach.tracks", ["PHYSICAL_ENVIRONMENT"]));
    expect(t.round).toBe("2015–2021");
    expect(t.rows).toEqual([
      ["2015", "Fysieke omgeving", 5, 10, 0.5, 0.5],
      ["2021", "Fysieke omgeving", 7, 10, 0.7, 0.5],
    ]);
  });
  it("tables a breakdown with one share column per option, withheld groups empty", () => {
    const q = { key: "q", type: "boolean" as const, n: 9, options: [{ key: "yes", count: 6, share: 6 / 9 }] };
    const t = breakdownTable(ctx, r2021, bd, q, (_k, n) => n ?? "");
    expect(t.columns.map((c) => c.kind)).toEqual(["text", "count", "count", "count", "share"]);
    expect(t.rows).toEqual([
      ["Noord-Brabant", 9, 8, 8, 0.75],
      ["Flevoland", 2, 1, 1, null],
    ]);
    expect(t.notes[0]).toBe("notes.suppressed(min=5)");
  });
  it("tables every headline figure with round, n and response rate", () => {
    const bank = [{ key: "approach.tracks", published: [{ round: 2015, option: "PHYSICAL_ENVIRONMENT", percent: 50 }, { round: 2021, option: "PHYSICAL_ENVIRONMENT", percent: 70 }] }];
    const t = headlineTable(ctx, headlineFigures(bank, [r2015, r2021], 2021, {}), () => "Fysiek");
    expect(t.rows).toEqual([
      ["Fysiek", "2015", 0.5, 5, 10, 0.5, "50%"],
      ["Fysiek", "2021", 0.7, 7, 10, 0.5, "70%"],
    ]);
  });
});

describe("programme figures", () => {
  const dto: ProgrammeDTO = {
    years: [2015, 2021],
    gidsByYear: { "2015": 150, "2021": 156 },
    counts: [
      { year: 2015, kind: "initiatives", key: null, count: 4 },
      { year: 2015, kind: "initiativeTrack", key: "PARTICIPATION", count: 1 },
      { year: 2021, kind: "initiatives", key: null, count: 10 },
      { year: 2021, kind: "initiativeTrack", key: "PARTICIPATION", count: 5 },
      { year: 2021, kind: "approaches", key: null, count: 8 },
      { year: 2021, kind: "allTracks", key: null, count: 2 },
    ],
  };
  it("gives every key a cell per year with its share of the base", () => {
    const cells = programmeCells(dto, "sporen");
    expect(cells).toHaveLength(10);
    expect(cells.find((c) => c.year === 2021 && c.key === "PARTICIPATION")).toEqual({ year: 2021, key: "PARTICIPATION", count: 5, base: 10, share: 0.5 });
    expect(cells.find((c) => c.year === 2021 && c.key === "SOCIAL_ENVIRONMENT")).toMatchObject({ count: 0, share: 0 });
  });
  it("leaves out years without a base", () => {
    expect(yearsWithData(dto, "vijf-sporen")).toEqual([2021]);
    expect(programmeCells(dto, "vijf-sporen").find((c) => c.year === 2015)).toMatchObject({ base: 0, share: null });
    const t = programmeTable(ctx, dto, "vijf-sporen", (k) => k);
    expect(t.rows).toEqual([["2021", "ALL", 2, 8, 0.25]]);
    expect(t.round).toBe("2021");
  });
});
