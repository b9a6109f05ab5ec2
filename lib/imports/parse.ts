// Reads an answers file (CSV or XLSX) into raw rows. No validation of values here: only the shape
// (header, size). Cells are un-escaped (cells.ts) so exported files come back exactly as they were.
import { parse as parseCsvSync } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { unescapeCell } from "./cells";
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ImportColumn, type RawRow, type RowError } from "./types";

export type FileFormat = "csv" | "xlsx";
export type ParseResult = { format: FileFormat; rows: RawRow[]; errors: RowError[] };

/** XLSX files are ZIP archives ("PK\x03\x04"); anything else is read as CSV. */
export function detectFormat(data: Uint8Array): FileFormat {
  return data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04 ? "xlsx" : "csv";
}

/** Column positions from the header row (any order, case-insensitive, extra columns ignored). */
export function headerPositions(header: readonly string[]): Record<ImportColumn, number> | RowError {
  const names = header.map((h) => h.replace(/^\uFEFF/, "").trim().toLowerCase());
  const pos = {} as Record<ImportColumn, number>;
  const missing: string[] = [];
  for (const col of IMPORT_COLUMNS) {
    const i = names.indexOf(col);
    if (i < 0) missing.push(col);
    else pos[col] = i;
  }
  if (missing.length) return { row: 1, code: "header", value: names.join(","), detail: missing.join(",") };
  return pos;
}

function toRows(records: { cells: string[]; row: number }[]): { rows: RawRow[]; errors: RowError[] } {
  if (records.length === 0) return { rows: [], errors: [{ row: 1, code: "empty" }] };
  const pos = headerPositions(records[0]!.cells);
  if ("code" in pos) return { rows: [], errors: [pos] };
  if (records.length - 1 > MAX_IMPORT_ROWS) return { rows: [], errors: [{ row: 1, code: "tooLarge", detail: String(MAX_IMPORT_ROWS) }] };
  const rows: RawRow[] = [];
  for (const { cells, row } of records.slice(1)) {
    if (cells.every((c) => c.trim() === "")) continue;
    const cell = (c: ImportColumn) => unescapeCell(cells[pos[c]] ?? "");
    rows.push({ row, round: cell("round"), gemeentecode: cell("gemeentecode"), question: cell("question"), answer: cell("answer") });
  }
  if (rows.length === 0) return { rows, errors: [{ row: 1, code: "empty" }] };
  return { rows, errors: [] };
}

/** Comma per the format; a semicolon header (Dutch Excel's CSV) is accepted too. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return !firstLine.includes(",") && firstLine.includes(";") ? ";" : ",";
}

export function parseCsv(data: Uint8Array): ParseResult {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(data);
  try {
    const out = parseCsvSync(text, { bom: true, delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return { format: "csv", ...toRows(out.map((r) => ({ cells: r.record, row: r.info.lines }))) };
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return { format: "csv", rows: [], errors: [{ row: line ?? 1, code: "unreadable", detail: (e as Error).message.slice(0, 200) }] };
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  return "";
}

export async function parseXlsx(data: Uint8Array): Promise<ParseResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  } catch (e) {
    return { format: "xlsx", rows: [], errors: [{ row: 1, code: "unreadable", detail: (e as Error).message.slice(0, 200) }] };
  }
  const sheet = workbook.worksheets[0];
  const records: { cells: string[]; row: number }[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based: values[0] is empty
    records.push({ cells: values.slice(1).map(cellText), row: rowNumber });
  });
  return { format: "xlsx", ...toRows(records) };
}

/** Parses a file of either format; refuses files over the size limit before reading them. */
export async function parseImportFile(data: Uint8Array): Promise<ParseResult> {
  const format = detectFormat(data);
  if (data.byteLength > MAX_IMPORT_BYTES) return { format, rows: [], errors: [{ row: 1, code: "tooLarge", detail: String(MAX_IMPORT_BYTES) }] };
  return format === "xlsx" ? parseXlsx(data) : parseCsv(data);
}
