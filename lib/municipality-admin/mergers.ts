// Municipal mergers (herindelingen): old CBS code → successor code from a date (pure). The old municipality
// keeps its code and its history (responses, answers) and gets valid_to = the day before the merger and its
// successor; an old code that is not in the portal yet is created, so older answers can be imported for it.
import { readTable, type ListError } from "./table";

export type MergerEntry = { code: string; name: string; successorCode: string; date: string; lastDay: string; gidsSince: number | null; exists: boolean };
export type KnownForMerger = { code: string; name: string; validTo: string | null; successorCode: string | null };
export type MergerPlan = { entries: MergerEntry[]; errors: ListError[]; created: number; updated: number; unchanged: number };

const COLUMNS = [
  { key: "code", names: ["gemeentecode", "oude_code", "code"], required: true },
  { key: "name", names: ["naam", "gemeentenaam", "name"], required: false },
  { key: "successor", names: ["opvolger", "opvolger_code", "successor"], required: true },
  { key: "date", names: ["datum", "ingangsdatum", "date"], required: true },
  { key: "gidsSince", names: ["gids_sinds", "gids_since"], required: false },
] as const;

const CODE = /^GM\d{4}$/;

function dayBefore(iso: string): string | null {
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso) return null;
  return new Date(t - 86_400_000).toISOString().slice(0, 10);
}

export function planMergers(text: string, known: ReadonlyMap<string, KnownForMerger>): MergerPlan {
  const table = readTable(text, COLUMNS);
  const errors: ListError[] = [...table.errors];
  const inFile = new Set(table.rows.map((r) => r.cells.code.toUpperCase()));
  const seen = new Map<string, number>();
  const entries: MergerEntry[] = [];
  for (const { row, cells } of table.rows) {
    const before = errors.length;
    const code = cells.code.toUpperCase();
    const successorCode = cells.successor.toUpperCase();
    const lastDay = dayBefore(cells.date);
    const gidsSince = cells.gidsSince === "" ? null : /^\d{4}$/.test(cells.gidsSince) ? Number(cells.gidsSince) : NaN;
    if (!CODE.test(code)) errors.push({ row, code: "invalidCode", value: cells.code });
    if (!CODE.test(successorCode) || successorCode === code) errors.push({ row, code: "invalidSuccessor", value: cells.successor });
    else if (!known.has(successorCode) && !inFile.has(successorCode)) errors.push({ row, code: "unknownSuccessor", value: successorCode });
    if (!lastDay) errors.push({ row, code: "invalidDate", value: cells.date });
    if (Number.isNaN(gidsSince)) errors.push({ row, code: "invalidYear", value: cells.gidsSince });
    if (!known.has(code) && !cells.name) errors.push({ row, code: "nameRequired", value: code });
    if (seen.has(code)) errors.push({ row, code: "duplicateRow", value: code, detail: String(seen.get(code)) });
    seen.set(code, seen.get(code) ?? row);
    if (errors.length > before) continue;
    entries.push({ code, name: cells.name || known.get(code)!.name, successorCode, date: cells.date, lastDay: lastDay!, gidsSince, exists: known.has(code) });
  }
  const isSame = (e: MergerEntry) => {
    const k = known.get(e.code);
    return !!k && k.validTo === e.lastDay && k.successorCode === e.successorCode && e.gidsSince === null;
  };
  return {
    entries,
    errors,
    created: entries.filter((e) => !e.exists).length,
    updated: entries.filter((e) => e.exists && !isSame(e)).length,
    unchanged: entries.filter(isSame).length,
  };
}

/** The current municipality a chain of successors ends at (for the region of a created old municipality). */
export function finalSuccessor(code: string, entries: readonly MergerEntry[], known: ReadonlyMap<string, KnownForMerger>): string | null {
  const next = new Map(entries.map((e) => [e.code, e.successorCode]));
  let current = code;
  for (let i = 0; i < 50; i++) {
    const successor = next.get(current) ?? known.get(current)?.successorCode ?? null;
    if (!successor) return known.has(current) && current !== code ? current : null;
    current = successor;
  }
  return null; // a cycle
}

export function slugFor(name: string, code: string): string {
  const base = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${base || "gemeente"}-${code.toLowerCase()}`;
}
