import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { detectFormat, parseCsv, parseImportFile, parseXlsx } from "@/lib/imports/parse";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("parseCsv", () => {
  it("reads the four columns with the file's row numbers (header = row 1)", () => {
    const r = parseCsv(bytes("round,gemeentecode,question,answer\n2021,GM0794,approach.stage,AGENDA\n\n2021,GM0794,residents.low_ses_involved,yes\n"));
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { row: 2, round: "2021", gemeentecode: "GM0794", question: "approach.stage", answer: "AGENDA" },
      { row: 4, round: "2021", gemeentecode: "GM0794", question: "residents.low_ses_involved", answer: "yes" },
    ]);
  });

  it("accepts a BOM, any column order, extra columns and a semicolon file", () => {
    const r = parseCsv(bytes("\uFEFFQuestion;Answer;Gemeentecode;Round;naam\napproach.stage;AGENDA;GM0794;2021;Helmond\n"));
    expect(r.rows[0]).toMatchObject({ round: "2021", gemeentecode: "GM0794", question: "approach.stage", answer: "AGENDA" });
  });

  it("keeps quoted text with commas and line breaks, and un-escapes formula-safe cells", () => {
    const r = parseCsv(bytes('round,gemeentecode,question,answer\n2021,GM0794,reflection.proud_of,"Samen, met\ninwoners"\n2021,GM0794,x,\'=1\n'));
    expect(r.rows.map((x) => x.answer)).toEqual(["Samen, met\ninwoners", "=1"]);
  });

  it("reports a header without the required columns", () => {
    const r = parseCsv(bytes("ronde,gemeente,vraag,antwoord\n2021,GM0794,a,b\n"));
    expect(r.rows).toEqual([]);
    expect(r.errors).toEqual([expect.objectContaining({ row: 1, code: "header", detail: "round,gemeentecode,question,answer" })]);
  });

  it("reports an empty file and a file with only a header", () => {
    expect(parseCsv(bytes("")).errors[0]?.code).toBe("empty");
    expect(parseCsv(bytes("round,gemeentecode,question,answer\n")).errors[0]?.code).toBe("empty");
  });

  it("reports a broken quote with its line", () => {
    const r = parseCsv(bytes('round,gemeentecode,question,answer\n2021,GM0794,x,"open\n'));
    expect(r.errors[0]?.code).toBe("unreadable");
  });
});

describe("parseXlsx", () => {
  it("reads the first sheet; numbers and rich text become text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("antwoorden");
    ws.addRow(["round", "gemeentecode", "question", "answer"]);
    ws.addRow([2021, "GM0794", "approach.stage", { richText: [{ text: "AGE" }, { text: "NDA" }] }]);
    ws.addRow([2021, "GM0794", "reflection.proud_of", "'=gevaarlijk"]);
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(detectFormat(data)).toBe("xlsx");
    const r = await parseXlsx(data);
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { row: 2, round: "2021", gemeentecode: "GM0794", question: "approach.stage", answer: "AGENDA" },
      { row: 3, round: "2021", gemeentecode: "GM0794", question: "reflection.proud_of", answer: "=gevaarlijk" },
    ]);
  });

  it("reports a damaged workbook as unreadable", async () => {
    const r = await parseImportFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(r.format).toBe("xlsx");
    expect(r.errors[0]?.code).toBe("unreadable");
  });
});
