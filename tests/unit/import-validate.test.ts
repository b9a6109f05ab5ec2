import { describe, expect, it } from "vitest";
import type { ImportCatalog, RawRow } from "@/lib/imports/types";
import { parseAnswer, validateRows } from "@/lib/imports/validate";

const q = (key: string, type: "BOOLEAN" | "SINGLE" | "MULTI" | "LIKERT_HELP" | "TEXT", options: string[] = []) => [key, { key, type, options, sortOrder: 1 }] as const;

const catalog: ImportCatalog = {
  municipalities: new Map([
    ["GM0794", { code: "GM0794", isGids: true, gidsSince: 2014, lastYear: null, successorCode: null }],
    ["GM0014", { code: "GM0014", isGids: false, gidsSince: null, lastYear: null, successorCode: null }],
    ["GM0999", { code: "GM0999", isGids: true, gidsSince: 2016, lastYear: null, successorCode: null }],
    ["GM0001", { code: "GM0001", isGids: true, gidsSince: 2014, lastYear: 2018, successorCode: "GM0794" }],
  ]),
  questions: new Map([
    q("yes.no", "BOOLEAN"),
    q("one.of", "SINGLE", ["A", "B"]),
    q("many.of", "MULTI", ["X", "Y", "Z"]),
    q("help.ed", "LIKERT_HELP", ["NOT_HELPED", "HELPED", "STRONGLY_HELPED"]),
    q("free.text", "TEXT"),
  ]),
  rounds: new Map([
    [2021, new Set(["yes.no", "one.of", "many.of", "help.ed", "free.text"])],
    [2015, new Set(["yes.no"])],
  ]),
};

let n = 1;
const row = (round: string, gemeentecode: string, question: string, answer: string): RawRow => ({ row: ++n, round, gemeentecode, question, answer });
const codes = (rows: RawRow[], createRound = false) => validateRows(rows, catalog, { createRound }).errors.map((e) => e.code);

describe("validateRows: each error kind", () => {
  it("unknown municipality code", () => expect(codes([row("2021", "GM1234", "yes.no", "yes")])).toEqual(["unknownMunicipality"]));
  it("not a GIDS municipality", () => expect(codes([row("2021", "GM0014", "yes.no", "yes")])).toEqual(["notGids"]));
  it("not yet a GIDS municipality in that year", () => expect(codes([row("2015", "GM0999", "yes.no", "yes")])).toEqual(["notGids"]));
  it("a municipality that had merged away by then", () => expect(codes([row("2021", "GM0001", "yes.no", "yes")])).toEqual(["municipalityEnded"]));
  it("unknown question", () => expect(codes([row("2021", "GM0794", "no.such", "yes")])).toEqual(["unknownQuestion"]));
  it("unknown option (single, likert and one of a multi)", () => {
    expect(codes([row("2021", "GM0794", "one.of", "C"), row("2021", "GM0794", "help.ed", "A"), row("2021", "GM0794", "many.of", "X|Q")])).toEqual([
      "unknownOption",
      "unknownOption",
      "unknownOption",
    ]);
  });
  it("value of the wrong type", () => {
    expect(codes([row("2021", "GM0794", "yes.no", "ja"), row("2021", "GM0794", "one.of", "A|B"), row("2021", "GM0794", "free.text", "x".repeat(4001))])).toEqual([
      "wrongType",
      "wrongType",
      "wrongType",
    ]);
  });
  it("duplicate row, pointing at the first", () => {
    const first = row("2021", "GM0794", "yes.no", "yes");
    const result = validateRows([first, row("2021", "gm0794 ", " yes.no", "no")], catalog, { createRound: false });
    expect(result.errors).toEqual([expect.objectContaining({ code: "duplicateRow", detail: String(first.row) })]);
  });
  it("question not in that round", () => expect(codes([row("2015", "GM0794", "one.of", "A")])).toEqual(["questionNotInRound"]));
  it("a year without a round, unless the round may be created", () => {
    expect(codes([row("2019", "GM0794", "yes.no", "yes")])).toEqual(["noRound"]);
    const created = validateRows([row("2019", "GM0794", "yes.no", "yes"), row("2019", "GM0794", "one.of", "A")], catalog, { createRound: true });
    expect(created.errors).toEqual([]);
    expect(created.roundsToCreate).toEqual([2019]);
  });
  it("an invalid round", () => expect(codes([row("21", "GM0794", "yes.no", "yes"), row("", "GM0794", "one.of", "A")])).toEqual(["invalidRound", "invalidRound"]));
  it("reports every error of a row, and keeps only rows without errors", () => {
    const r = validateRows([row("2021", "GM1234", "one.of", "Q"), row("2021", "GM0794", "one.of", "A")], catalog, { createRound: false });
    expect(r.errors.map((e) => e.code)).toEqual(["unknownMunicipality", "unknownOption"]);
    expect(r.rows).toHaveLength(1);
  });
});

describe("parseAnswer normalises per type", () => {
  const get = (key: string) => catalog.questions.get(key)!;
  it("booleans, case-insensitive", () => {
    expect(parseAnswer(get("yes.no"), " YES ")).toEqual({ valueBool: true, valueText: null, choices: null });
    expect(parseAnswer(get("yes.no"), "no")).toEqual({ valueBool: false, valueText: null, choices: null });
  });
  it("multi: trimmed, de-duplicated, sorted; empty is 'none chosen'", () => {
    expect(parseAnswer(get("many.of"), "Z | X|Z")).toMatchObject({ choices: ["X", "Z"] });
    expect(parseAnswer(get("many.of"), "")).toMatchObject({ choices: [] });
  });
  it("text is kept exactly, up to 4000 characters", () => {
    expect(parseAnswer(get("free.text"), "  met spaties ")).toMatchObject({ valueText: "  met spaties " });
    expect(parseAnswer(get("free.text"), "x".repeat(4000))).toMatchObject({ valueText: "x".repeat(4000) });
  });
  it("an empty single answer is the wrong type", () => expect(parseAnswer(get("one.of"), "")).toMatchObject({ code: "wrongType", detail: "oneOption" }));
});
