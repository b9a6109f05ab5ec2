import { describe, expect, it } from "vitest";
import { planGidsList, type KnownMunicipality } from "@/lib/municipality-admin/gids-list";
import { finalSuccessor, planMergers, slugFor, type KnownForMerger } from "@/lib/municipality-admin/mergers";

const known = new Map<string, KnownMunicipality>([
  ["GM0794", { code: "GM0794", name: "Helmond", isGids: true, gidsSince: 2014, ended: false }],
  ["GM0114", { code: "GM0114", name: "Emmen", isGids: true, gidsSince: 2014, ended: false }],
  ["GM0307", { code: "GM0307", name: "Amersfoort", isGids: false, gidsSince: null, ended: false }],
  ["GM0001", { code: "GM0001", name: "Oud", isGids: true, gidsSince: 2014, ended: true }],
]);

describe("planGidsList", () => {
  it("plans the list as a replacement: added, removed, changed year, unchanged", () => {
    const plan = planGidsList("gemeentecode,jaar\nGM0794,2014\nGM0114,2015\ngm0307,2020\n", known, 2026);
    expect(plan.errors).toEqual([]);
    expect(plan.added.map((c) => c.code)).toEqual(["GM0307"]);
    expect(plan.changed).toEqual([{ code: "GM0114", name: "Emmen", from: 2014, to: 2015 }]);
    expect(plan.removed).toEqual([]);
    expect(plan.unchanged).toBe(1);
  });

  it("drops municipalities not on the list and reports each error with its row", () => {
    const plan = planGidsList("gemeentecode;jaar\nGM0794;2014\nGM9999;2014\nGM0001;2014\nGM0307;20x\nGM0794;2014\n", known, 2026);
    expect(plan.errors.map((e) => [e.row, e.code])).toEqual([
      [3, "unknownMunicipality"],
      [4, "municipalityEnded"],
      [5, "invalidYear"],
      [6, "duplicateRow"],
    ]);
    expect(plan.removed.map((c) => c.code)).toEqual(["GM0114"]);
  });

  it("needs both columns", () => expect(planGidsList("code\nGM0794\n", known, 2026).errors[0]).toMatchObject({ code: "header", detail: "jaar" }));
});

describe("planMergers", () => {
  const current = new Map<string, KnownForMerger>([
    ["GM1980", { code: "GM1980", name: "Dijk en Waard", validTo: null, successorCode: null }],
    ["GM0398", { code: "GM0398", name: "Heerhugowaard", validTo: "2021-12-31", successorCode: "GM1980" }],
  ]);

  it("creates unknown old municipalities, updates known ones and sees unchanged ones", () => {
    const plan = planMergers(
      "gemeentecode,naam,opvolger,datum\nGM0398,,GM1980,2022-01-01\nGM0416,Langedijk,GM1980,2022-01-01\nGM0100,Oudje,GM0416,2001-01-01\n",
      current,
    );
    expect(plan.errors).toEqual([]);
    expect([plan.created, plan.updated, plan.unchanged]).toEqual([2, 0, 1]);
    expect(plan.entries.find((e) => e.code === "GM0416")).toMatchObject({ lastDay: "2021-12-31", exists: false, name: "Langedijk" });
    expect(finalSuccessor("GM0100", plan.entries, current)).toBe("GM1980");
  });

  it("reports bad codes, unknown successors, bad dates and missing names", () => {
    const plan = planMergers("gemeentecode,naam,opvolger,datum\nXX12,,GM1980,2022-01-01\nGM0500,Nieuw,GM7777,2022-01-01\nGM0501,Nieuw,GM1980,2022-02-30\nGM0502,,GM1980,2022-01-01\n", current);
    expect(plan.errors.map((e) => [e.row, e.code])).toEqual([
      [2, "invalidCode"],
      [2, "nameRequired"],
      [3, "unknownSuccessor"],
      [4, "invalidDate"],
      [5, "nameRequired"],
    ]);
  });

  it("makes a unique slug from name and code", () => expect(slugFor("Súdwest-Fryslân", "GM1900")).toBe("sudwest-fryslan-gm1900"));
});
