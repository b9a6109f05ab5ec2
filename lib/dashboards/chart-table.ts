// The one table behind every chart: the page shows it as the chart's data-table twin and the exports write
// it to CSV and XLSX, so what is downloaded is exactly what is shown. Pure.

export type Cell = string | number | null;
export type ColumnKind = "text" | "count" | "share";
export type Column = { label: string; kind: ColumnKind };

export type ChartTable = {
  /** Stable id, used in file names: e.g. "vraag-approach.tracks-2021". */
  id: string;
  title: string;
  /** The round(s) or year(s) the figures come from, as text ("2021", "2015–2021"). */
  round: string;
  /** Respondents and response rate (or the base of the figures), as text. */
  n: string;
  source: string;
  /** ISO time the figures were produced. */
  generatedAt: string;
  columns: Column[];
  /** Shares are fractions 0–1; null is a withheld or missing value (see notes). */
  rows: Cell[][];
  notes: string[];
};

export type TableMeta = Pick<ChartTable, "title" | "round" | "n" | "source" | "generatedAt">;

/** The metadata block written above the data in both export formats: [label, value] pairs. */
export function metadataRows(t: ChartTable, labels: { title: string; round: string; n: string; source: string; generatedAt: string }): [string, string][] {
  return [
    [labels.title, t.title],
    [labels.round, t.round],
    [labels.n, t.n],
    [labels.source, t.source],
    [labels.generatedAt, t.generatedAt],
  ];
}

/** A safe file name for a table: letters, digits, dot and dash only. */
export function fileNameFor(t: ChartTable, extension: "csv" | "xlsx"): string {
  const base = t.id.replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "") || "gezondin";
  return `gezondin-${base}.${extension}`;
}

/** Share as a whole-number-or-one-decimal percentage for machine-readable exports (0.7 → 70). */
export function sharePercent(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** Years as the round text: [2015, 2019, 2021] → "2015–2021", [2021] → "2021". */
export function yearSpan(years: number[]): string {
  if (years.length === 0) return "";
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}
