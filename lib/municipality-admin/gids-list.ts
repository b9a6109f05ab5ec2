// The official list of GIDS municipalities (CBS code + the year it joined), validated and compared with the
// current state (pure). Importing it replaces the list: municipalities not on it stop being GIDS.
import { readTable, type ListError } from "./table";

export type GidsEntry = { code: string; since: number };
export type KnownMunicipality = { code: string; name: string; isGids: boolean; gidsSince: number | null; ended: boolean };
export type GidsChange = { code: string; name: string; from: number | null; to: number | null };
export type GidsListPlan = { entries: GidsEntry[]; errors: ListError[]; added: GidsChange[]; removed: GidsChange[]; changed: GidsChange[]; unchanged: number };

const COLUMNS = [
  { key: "code", names: ["gemeentecode", "code", "cbs_code"], required: true },
  { key: "since", names: ["jaar", "gids_sinds", "sinds", "year", "since"], required: true },
] as const;

export function planGidsList(text: string, known: ReadonlyMap<string, KnownMunicipality>, thisYear: number): GidsListPlan {
  const table = readTable(text, COLUMNS);
  const errors: ListError[] = [...table.errors];
  const entries: GidsEntry[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const code = cells.code.toUpperCase();
    const since = /^\d{4}$/.test(cells.since) ? Number(cells.since) : NaN;
    const m = known.get(code);
    if (!m) errors.push({ row, code: "unknownMunicipality", value: cells.code });
    else if (m.ended) errors.push({ row, code: "municipalityEnded", value: code });
    if (!(since >= 2000 && since <= thisYear)) errors.push({ row, code: "invalidYear", value: cells.since });
    if (seen.has(code)) errors.push({ row, code: "duplicateRow", value: code, detail: String(seen.get(code)) });
    seen.set(code, seen.get(code) ?? row);
    if (m && !m.ended && Number.isFinite(since) && !errors.some((e) => e.row === row)) entries.push({ code, since });
  }
  const listed = new Map(entries.map((e) => [e.code, e.since]));
  const added: GidsChange[] = [];
  const changed: GidsChange[] = [];
  let unchanged = 0;
  for (const e of entries) {
    const m = known.get(e.code)!;
    if (!m.isGids) added.push({ code: e.code, name: m.name, from: null, to: e.since });
    else if (m.gidsSince !== e.since) changed.push({ code: e.code, name: m.name, from: m.gidsSince, to: e.since });
    else unchanged++;
  }
  const removed = [...known.values()]
    .filter((m) => m.isGids && !m.ended && !listed.has(m.code))
    .map((m) => ({ code: m.code, name: m.name, from: m.gidsSince, to: null }));
  const byName = (a: GidsChange, b: GidsChange) => a.name.localeCompare(b.name, "nl");
  return { entries, errors, added: added.sort(byName), removed: removed.sort(byName), changed: changed.sort(byName), unchanged };
}
