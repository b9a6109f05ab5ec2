// XLSX export of a chart table (exceljs): metadata block, header, data with real numbers and percent
// formats, notes. Values are written as values, never as formulas.
import ExcelJS from "exceljs";
import { metadataRows, type ChartTable } from "./chart-table";
import type { CsvLabels } from "./csv";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF154273" } };

export async function tableToXlsx(table: ChartTable, labels: CsvLabels): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "GezondIn portaal";
  wb.created = new Date(table.generatedAt);
  const ws = wb.addWorksheet(table.id.slice(0, 31).replace(/[\\/?*[\]:]/g, "-") || "data");
  for (const [label, value] of metadataRows(table, labels)) {
    const row = ws.addRow([label, value]);
    row.getCell(1).font = { bold: true };
  }
  ws.addRow([]);
  const header = ws.addRow(table.columns.map((c) => c.label));
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = HEADER_FILL;
  });
  for (const values of table.rows) {
    const row = ws.addRow(values.map((v, i) => (v === null && table.columns[i]?.kind !== "text" ? labels.withheld : v)));
    table.columns.forEach((c, i) => {
      if (c.kind === "share") row.getCell(i + 1).numFmt = "0%";
    });
  }
  if (table.notes.length) ws.addRow([]);
  for (const note of table.notes) ws.addRow([note]);
  ws.columns.forEach((col, i) => {
    col.width = i === 0 ? 48 : 18;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
