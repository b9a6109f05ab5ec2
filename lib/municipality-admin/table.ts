// Reads a small CSV list (GIDS list, mergers) into named columns: header names are matched case-insensitively
// against each column's accepted names, comma or semicolon separated, cells un-escaped like the answers import.
import { parse } from "csv-parse/sync";
import { unescapeCell } from "@/lib/imports/cells";

export type ColumnSpec<K extends string> = { key: K; names: readonly string[]; required: boolean };
export type TableRow<K extends string> = { row: number; cells: Record<K, string> };
export type ListError = { row: number; code: string; value?: string; detail?: string };

export function readTable<K extends string>(text: string, columns: readonly ColumnSpec<K>[]): { rows: TableRow<K>[]; errors: ListError[] } {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = !firstLine.includes(",") && firstLine.includes(";") ? ";" : ",";
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (e) {
    return { rows: [], errors: [{ row: (e as { lines?: number }).lines ?? 1, code: "unreadable" }] };
  }
  const header = (records[0]?.record ?? []).map((h) => h.trim().toLowerCase());
  const positions = new Map<K, number>();
  const missing: string[] = [];
  for (const c of columns) {
    const i = header.findIndex((h) => c.names.includes(h));
    if (i >= 0) positions.set(c.key, i);
    else if (c.required) missing.push(c.names[0]!);
  }
  if (records.length === 0) return { rows: [], errors: [{ row: 1, code: "empty" }] };
  if (missing.length) return { rows: [], errors: [{ row: 1, code: "header", value: header.join(","), detail: missing.join(",") }] };
  const rows = records.slice(1).flatMap(({ record, info }) => {
    if (record.every((c) => c.trim() === "")) return [];
    const cells = {} as Record<K, string>;
    for (const c of columns) cells[c.key] = unescapeCell(record[positions.get(c.key) ?? -1] ?? "").trim();
    return [{ row: info.lines, cells }];
  });
  return rows.length ? { rows, errors: [] } : { rows, errors: [{ row: 1, code: "empty" }] };
}
