// Spreadsheet cells that cannot run as formulas, and the exact inverse on import, so that
// export → import is a round trip (docs/decisions/020-import.md). Pure: used by CSV and XLSX alike.

/** First characters that make Excel or LibreOffice read a cell as a formula (OWASP CSV injection). */
const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

const risky = (v: string, at: number) => v.length > at && (TRIGGERS.has(v[at]!) || v[at] === "'");

/**
 * Prefixes a quote when the cell would start a formula. A cell that already starts with a quote followed by a
 * trigger (or a quote) is quoted once more, so `unescapeCell` can always undo exactly what was added.
 */
export function escapeCell(value: string): string {
  if (value.length === 0) return value;
  if (TRIGGERS.has(value[0]!)) return `'${value}`;
  if (value[0] === "'" && risky(value, 1)) return `'${value}`;
  return value;
}

/** The inverse of escapeCell; a plain leading quote ("'s-Hertogenbosch") is left alone. */
export function unescapeCell(value: string): string {
  return value[0] === "'" && risky(value, 1) ? value.slice(1) : value;
}
