// CSV export of a chart table, protected against formula injection. Pure (csv-stringify's sync API).
import { stringify } from "csv-stringify/sync";
import { metadataRows, sharePercent, type Cell, type ChartTable } from "./chart-table";

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would read as a formula gets a leading apostrophe: "=1+1" → "'=1+1".
 * Numbers are written as numbers (a negative number is data, not a formula).
 */
export function protectCell(value: Cell): string | number {
  if (value === null) return "";
  if (typeof value === "number") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CsvLabels = { title: string; round: string; n: string; source: string; generatedAt: string; withheld: string };

/**
 * Metadata rows (title, round, n, source, generation time), an empty row, the header, the data, then the
 * notes. Shares are percentages with at most one decimal; withheld values are marked. UTF-8 with BOM so
 * spreadsheet programs read the accents.
 */
export function tableToCsv(table: ChartTable, labels: CsvLabels): string {
  const header = table.columns.map((c) => (c.kind === "share" ? `${c.label} (%)` : c.label));
  const data = table.rows.map((row) =>
    row.map((cell, i) => {
      if (cell === null) return table.columns[i]?.kind === "text" ? "" : labels.withheld;
      return table.columns[i]?.kind === "share" && typeof cell === "number" ? sharePercent(cell) : cell;
    }),
  );
  const records: Cell[][] = [...metadataRows(table, labels), [], header, ...data, ...(table.notes.length ? [[], ...table.notes.map((n) => [n])] : [])];
  return `\uFEFF${stringify(records.map((r) => r.map(protectCell)), { record_delimiter: "\r\n" })}`;
}
