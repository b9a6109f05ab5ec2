import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { fileNameFor, sharePercent, yearSpan, type ChartTable } from "@/lib/dashboards/chart-table";
import { protectCell, tableToCsv } from "@/lib/dashboards/csv";
import { breakdownCsv, roundResultsCsv } from "@/lib/dashboards/results-csv";
import { tableToXlsx } from "@/lib/dashboards/xlsx";
import { round } from "./dashboards-fixtures";

const labels = { title: "Titel", round: "Ronde", n: "Basis (n)", source: "Bron", generatedAt: "Gegenereerd op", withheld: "niet getoond" };

const table: ChartTable = {
  id: "vraag-approach.tracks-2021",
  title: "=HYPERLINK(\"http://evil\")",
  round: "2021",
  n: "n = 105",
  source: "Bron: vragenlijst",
  generatedAt: "2026-11-25T10:00:00.000Z",
  columns: [
    { label: "Antwoord", kind: "text" },
    { label: "Aantal", kind: "count" },
    { label: "Aandeel", kind: "share" },
  ],
  rows: [
    ["Fysieke omgeving", 73, 0.6952],
    ["+31 gemeenten", null, null],
    ["@SUM(A1)", -3, 1],
  ],
  notes: ["-note"],
};

describe("protectCell", () => {
  it.each(["=1+1", "+1", "-1", "@A1", "\tx", "\rx"])("prefixes %j with an apostrophe", (v) => {
    expect(protectCell(v)).toBe(`'${v}`);
  });
  it("leaves ordinary text, numbers and empty cells alone", () => {
    expect(protectCell("Fysieke omgeving")).toBe("Fysieke omgeving");
    expect(protectCell("a=b")).toBe("a=b");
    expect(protectCell(-3)).toBe(-3);
    expect(protectCell(null)).toBe("");
  });
});

describe("tableToCsv", () => {
  const csv = tableToCsv(table, labels);
  const rows = parse(csv.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: false }) as string[][];

  it("starts with a BOM and the metadata block", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(rows.slice(0, 5)).toEqual([
      ["Titel", "'=HYPERLINK(\"http://evil\")"],
      ["Ronde", "2021"],
      ["Basis (n)", "n = 105"],
      ["Bron", "Bron: vragenlijst"],
      ["Gegenereerd op", "2026-11-25T10:00:00.000Z"],
    ]);
  });
  it("writes the header, shares as percentages, withheld values marked, formulas defused", () => {
    expect(rows[6]).toEqual(["Antwoord", "Aantal", "Aandeel (%)"]);
    expect(rows[7]).toEqual(["Fysieke omgeving", "73", "69.5"]);
    expect(rows[8]).toEqual(["'+31 gemeenten", "niet getoond", "niet getoond"]);
    expect(rows[9]).toEqual(["'@SUM(A1)", "-3", "100"]);
    expect(rows.at(-1)).toEqual(["'-note"]);
  });
  it("has no cell that a spreadsheet would run", () => {
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });
});

describe("tableToXlsx", () => {
  it("writes metadata, header, numbers with a percent format and the notes", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await tableToXlsx(table, labels)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A1").value).toBe("Titel");
    expect(ws.getCell("B1").value).toBe(table.title);
    expect(ws.getCell("B5").value).toBe("2026-11-25T10:00:00.000Z");
    expect(ws.getRow(7).values).toEqual([undefined, "Antwoord", "Aantal", "Aandeel"]);
    expect(ws.getCell("B8").value).toBe(73);
    expect(ws.getCell("C8").value).toBeCloseTo(0.6952);
    expect(ws.getCell("C8").numFmt).toBe("0%");
    expect(ws.getCell("B9").value).toBe("niet getoond");
    // Values, never formulas: the title stays text.
    expect(ws.getCell("B1").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(`A${ws.rowCount}`).value).toBe("-note");
  });
});

describe("helpers", () => {
  it("make safe file names", () => {
    expect(fileNameFor(table, "csv")).toBe("gezondin-vraag-approach.tracks-2021.csv");
    expect(fileNameFor({ ...table, id: "../../etc/passwd" }, "xlsx")).toBe("gezondin-..-..-etc-passwd.xlsx");
  });
  it("round shares and span years", () => {
    expect(sharePercent(0.6952)).toBe(69.5);
    expect(sharePercent(1)).toBe(100);
    expect(yearSpan([2021, 2015, 2019])).toBe("2015–2021");
    expect(yearSpan([2021])).toBe("2021");
    expect(yearSpan([])).toBe("");
  });
});

describe("the read API's CSV", () => {
  it("has one row per question and option", () => {
    const rows = parse(roundResultsCsv(round(2021, "CLOSED", [7, 9])), { columns: true }) as Record<string, string>[];
    expect(rows[0]).toEqual({ year: "2021", status: "CLOSED", question: "approach.tracks", type: "multi", option: "PHYSICAL_ENVIRONMENT", n: "10", count: "7", share_percent: "70", respondents: "10", gids_municipalities: "20" });
    expect(rows.filter((r) => r.question === "reflection.proud_of")).toEqual([]);
  });
  it("keeps withheld groups with empty figures and suppressed = true", () => {
    const csv = breakdownCsv({
      year: 2021,
      dimension: "province",
      minGroupSize: 5,
      groups: [{ key: "PV24", name: "=Flevoland", gidsMunicipalities: 4, respondents: 2, questions: [{ key: "q", n: 2, suppressed: true, options: [{ key: "yes", count: null, share: null }] }] }],
    });
    expect(parse(csv, { columns: true })).toEqual([
      { year: "2021", breakdown: "province", group: "PV24", group_name: "'=Flevoland", question: "q", option: "yes", n: "2", count: "", share_percent: "", suppressed: "true" },
    ]);
  });
});
