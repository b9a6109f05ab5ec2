import { describe, expect, it } from "vitest";
import { shapeBreakdown, suppressSmall } from "@/lib/dashboards/breakdown";
import { breakdownBars, questionBars } from "@/lib/dashboards/bars";
import { chooseDimension, chooseMapLevel, chooseYear, param, queryString } from "@/lib/dashboards/filters";
import { condensePoints, defaultYear, headlineFigures, publishedMeasures } from "@/lib/dashboards/headlines";
import { groupBySection } from "@/lib/dashboards/sections";
import { changeInPoints, chartedOptions, hasTrend, pointFor, questionTrend } from "@/lib/dashboards/trend";
import { labels, round } from "./dashboards-fixtures";

const r2015 = round(2015, "CLOSED", [5, 8]);
const r2021 = round(2021, "CLOSED", [7, 9]);
const r2026 = round(2026, "OPEN", [2, 3], 4);

describe("suppressSmall", () => {
  it("withholds counts and shares below the minimum and keeps n", () => {
    expect(suppressSmall("q", 4, [{ key: "a", count: 3 }])).toEqual({ key: "q", n: 4, suppressed: true, options: [{ key: "a", count: null, share: null }] });
  });
  it("shows a group of exactly the minimum", () => {
    expect(suppressSmall("q", 5, [{ key: "a", count: 2 }])).toEqual({ key: "q", n: 5, suppressed: false, options: [{ key: "a", count: 2, share: 0.4 }] });
  });
  it("takes another minimum", () => {
    expect(suppressSmall("q", 5, [{ key: "a", count: 2 }], 10).suppressed).toBe(true);
  });
});

describe("shapeBreakdown", () => {
  const groups = [
    { year: 2021, key: "PV20", name: "Groningen", ord: 0, gids: 5, respondents: 4 },
    { year: 2021, key: "PV30", name: "Noord-Brabant", ord: 0, gids: 22, respondents: 15 },
  ];
  const counts = [
    { year: 2021, group_key: "PV20", question_key: "approach.tracks", option_key: null, count: 4 },
    { year: 2021, group_key: "PV20", question_key: "approach.tracks", option_key: "PHYSICAL_ENVIRONMENT", count: 3 },
    { year: 2021, group_key: "PV30", question_key: "approach.tracks", option_key: null, count: 15 },
    { year: 2021, group_key: "PV30", question_key: "approach.tracks", option_key: "PHYSICAL_ENVIRONMENT", count: 12 },
    { year: 2021, group_key: "PV30", question_key: "monitoring.attention", option_key: null, count: 15 },
    { year: 2021, group_key: "PV30", question_key: "monitoring.attention", option_key: "yes", count: 15 },
  ];
  const bd = shapeBreakdown(2021, "province", r2021.questions, groups, counts);

  it("fills options nobody chose with 0, in the template's order, and leaves out text questions", () => {
    const brabant = bd.groups[1]!;
    expect(brabant.questions.map((q) => q.key)).toEqual(["approach.tracks", "support.integrated_approach", "monitoring.attention"]);
    expect(brabant.questions[0]!.options).toEqual([
      { key: "PHYSICAL_ENVIRONMENT", count: 12, share: 0.8 },
      { key: "SOCIAL_ENVIRONMENT", count: 0, share: 0 },
    ]);
    expect(brabant.questions[2]!.options).toEqual([
      { key: "yes", count: 15, share: 1 },
      { key: "no", count: 0, share: 0 },
    ]);
  });

  it("withholds a group under five, and a question nobody in the group answered", () => {
    expect(bd.groups[0]!.questions[0]).toMatchObject({ n: 4, suppressed: true, options: [{ count: null, share: null }, { count: null, share: null }] });
    expect(bd.groups[1]!.questions[1]).toMatchObject({ n: 0, suppressed: true });
  });

  it("keeps the group's GIDS count, respondents and the minimum", () => {
    expect(bd).toMatchObject({ year: 2021, dimension: "province", minGroupSize: 5 });
    expect(bd.groups[0]).toMatchObject({ key: "PV20", name: "Groningen", gidsMunicipalities: 5, respondents: 4 });
  });

  it("charts one option per group, withheld groups with a note and no bar", () => {
    const bars = breakdownBars(bd, "approach.tracks", "PHYSICAL_ENVIRONMENT", (_k, n) => n ?? "?", (n) => `te weinig (${n})`);
    expect(bars).toEqual([
      { key: "PV20", label: "Groningen (n = 4)", share: null, note: "te weinig (4)" },
      { key: "PV30", label: "Noord-Brabant (n = 15)", share: 0.8, count: 12 },
    ]);
  });
});

describe("trends", () => {
  it("follows an option over the rounds, leaving out rounds after the chosen one", () => {
    const [s] = questionTrend([r2026, r2021, r2015], "approach.tracks", ["PHYSICAL_ENVIRONMENT"], 2021);
    expect(s!.points.map((p) => [p.year, p.share, p.n, p.provisional])).toEqual([
      [2015, 0.5, 10, false],
      [2021, 0.7, 10, false],
    ]);
  });
  it("marks an open round provisional", () => {
    const [s] = questionTrend([r2015, r2026], "approach.tracks", ["PHYSICAL_ENVIRONMENT"]);
    expect(s!.points.at(-1)).toMatchObject({ year: 2026, provisional: true, share: 0.5, n: 4, responseRate: 0.2 });
  });
  it("leaves out rounds that did not ask the question", () => {
    const without = { ...r2021, questions: [] };
    expect(pointFor(without, "approach.tracks", "PHYSICAL_ENVIRONMENT")).toBeNull();
    expect(hasTrend(questionTrend([r2015, without], "approach.tracks", ["PHYSICAL_ENVIRONMENT"]))).toBe(false);
    expect(hasTrend(questionTrend([r2015, r2021], "approach.tracks", ["PHYSICAL_ENVIRONMENT"]))).toBe(true);
  });
  it("reports the change in whole percentage points as shown", () => {
    const [s] = questionTrend([r2015, r2021], "approach.tracks", ["PHYSICAL_ENVIRONMENT"]);
    expect(changeInPoints(s!.points)).toBe(20);
    expect(changeInPoints(s!.points.slice(0, 1))).toBeNull();
    expect(changeInPoints([{ ...s!.points[0]!, share: 0.594 }, { ...s!.points[1]!, share: 0.696 }])).toBe(11);
  });
  it("charts yes for booleans, helped and strongly helped for likert, every option otherwise", () => {
    expect(chartedOptions("boolean", ["yes", "no"])).toEqual(["yes"]);
    expect(chartedOptions("likert_help", ["NOT_HELPED", "HELPED", "STRONGLY_HELPED", "HELPED_OR_STRONGLY"])).toEqual(["HELPED_OR_STRONGLY", "STRONGLY_HELPED"]);
    expect(chartedOptions("multi", ["A", "B"])).toEqual(["A", "B"]);
  });
});

describe("questionBars", () => {
  it("labels options from the bank and fixed answers from the translations", () => {
    const [tracks, likert, bool] = r2021.questions;
    expect(questionBars(tracks!, labels).map((b) => [b.label, b.share, b.count])).toEqual([
      ["Fysieke omgeving", 0.7, 7],
      ["Sociale omgeving", 0.9, 9],
    ]);
    expect(questionBars(likert!, labels).map((b) => [b.label, b.count, b.emphasis])).toEqual([
      ["Geholpen of sterk geholpen", 9, true],
      ["Sterk geholpen", 2, false],
    ]);
    expect(questionBars(bool!, labels).map((b) => b.label)).toEqual(["Ja"]);
  });
  it("shows no bar for a question nobody answered", () => {
    const q = { ...r2021.questions[0]!, n: 0 };
    expect(questionBars(q, labels).every((b) => b.share === null)).toBe(true);
  });
});

describe("headline figures", () => {
  const bank = [
    { key: "approach.tracks", published: [{ round: 2015, option: "PHYSICAL_ENVIRONMENT", percent: 50 }, { round: 2021, option: "PHYSICAL_ENVIRONMENT", percent: 70 }] },
    { key: "monitoring.attention", published: [{ round: 2021, option: "yes", percent: 90 }, { round: 2021, option: "yes", percent: 100, subgroup: "large municipalities" }] },
    { key: "reflection.proud_of" },
  ];
  it("makes one measure per question, option and subgroup", () => {
    expect(publishedMeasures(bank).map((m) => [m.questionKey, m.option, m.subgroup, m.published.length])).toEqual([
      ["approach.tracks", "PHYSICAL_ENVIRONMENT", null, 2],
      ["monitoring.attention", "yes", null, 1],
      ["monitoring.attention", "yes", "large", 1],
    ]);
  });
  it("shows closed rounds up to the chosen one, and the chosen round even when open", () => {
    const h = headlineFigures(bank, [r2015, r2021, r2026], 2026, {});
    expect(h[0]!.points.map((p) => p.year)).toEqual([2015, 2021, 2026]);
    expect(headlineFigures(bank, [r2015, r2021, r2026], 2021, {})[0]!.points.map((p) => p.year)).toEqual([2015, 2021]);
  });
  it("keeps a handful of rounds however many there are: first, published, previous, chosen", () => {
    const pt = (year: number) => ({ year, count: 1, n: 2, share: 0.5, responseRate: 1, provisional: false });
    const series = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map(pt);
    expect(condensePoints(series, [2015, 2021], 2024).map((p) => p.year)).toEqual([2015, 2021, 2023, 2024]);
    expect(condensePoints(series, [], 2019).map((p) => p.year)).toEqual([2015, 2018, 2019]);
    expect(condensePoints(series.slice(0, 3), [], 2017).map((p) => p.year)).toEqual([2015, 2016, 2017]);
    expect(condensePoints([], [2015], 2021)).toEqual([]);
    const h = headlineFigures(bank, [r2015, r2021, r2026], 2026, {});
    expect(h[0]!.omitted).toBe(0);
  });

  it("takes the large-municipality subgroup from its breakdown, withheld groups left out", () => {
    const large = {
      2021: shapeBreakdown(2021, "large", r2021.questions, [{ year: 2021, key: "large", name: null, ord: 0, gids: 8, respondents: 6 }], [
        { year: 2021, group_key: "large", question_key: "monitoring.attention", option_key: null, count: 6 },
        { year: 2021, group_key: "large", question_key: "monitoring.attention", option_key: "yes", count: 6 },
      ]),
    };
    const sub = headlineFigures(bank, [r2015, r2021], 2021, large)[2]!;
    expect(sub.points).toEqual([{ year: 2021, count: 6, n: 6, share: 1, responseRate: 0.75, provisional: false }]);
  });
  it("defaults to the latest closed round", () => {
    expect(defaultYear([r2015, r2021, r2026])).toBe(2021);
    expect(defaultYear([r2026])).toBe(2026);
    expect(defaultYear([])).toBeNull();
  });
});

describe("filters", () => {
  it("chooses the round, the default, or null for an unknown round", () => {
    expect(chooseYear(undefined, [2015, 2021], 2021)).toBe(2021);
    expect(chooseYear("2015", [2015, 2021], 2021)).toBe(2015);
    expect(chooseYear("1999", [2015, 2021], 2021)).toBeNull();
    expect(chooseYear("20x1", [2015, 2021], 2021)).toBeNull();
  });
  it("falls back to defaults for unknown dimensions and levels", () => {
    expect(chooseDimension("ggd_region")).toBe("ggd_region");
    expect(chooseDimension("'; drop table answer")).toBe("province");
    expect(chooseMapLevel("province")).toBe("province");
    expect(chooseMapLevel(undefined)).toBe("municipality");
  });
  it("reads the first value and writes query strings without empty values", () => {
    expect(param({ a: ["1", "2"] }, "a")).toBe("1");
    expect(queryString({ ronde: 2021, vraag: "approach.tracks", optie: null, x: "" })).toBe("?ronde=2021&vraag=approach.tracks");
    expect(queryString({})).toBe("");
  });
});

describe("groupBySection", () => {
  it("orders sections and keeps question order within them", () => {
    const s = groupBySection(r2021.questions, labels);
    expect(s.map((x) => [x.name, x.items.map((q) => q.key)])).toEqual([
      ["Lokale aanpak", ["approach.tracks"]],
      ["Ondersteuning", ["support.integrated_approach"]],
      ["Monitoring", ["monitoring.attention"]],
      ["", ["reflection.proud_of"]],
    ]);
  });
});
