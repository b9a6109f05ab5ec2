// Validates every row of an answers file against the catalog (municipalities, questions, rounds).
// Pure and total: it never stops at the first error, so the preview can list all of them.
import {
  MAX_TEXT_LENGTH,
  type CatalogQuestion,
  type ImportCatalog,
  type ImportRowValue,
  type RawRow,
  type RowError,
  type ValidationResult,
} from "./types";

const short = (v: string) => (v.length > 80 ? `${v.slice(0, 77)}…` : v);

type Answer = { valueBool: boolean | null; valueText: string | null; choices: string[] | null };

/** Parses an answer for a question's type; returns the value or an error (without row number). */
export function parseAnswer(q: CatalogQuestion, raw: string): Answer | Omit<RowError, "row"> {
  const wrong = (detail: string) => ({ code: "wrongType" as const, field: "answer" as const, value: short(raw), detail });
  const unknown = (value: string) => ({ code: "unknownOption" as const, field: "answer" as const, value: short(value), detail: q.options.join("|") });
  const v = raw.trim();
  switch (q.type) {
    case "BOOLEAN": {
      const lower = v.toLowerCase();
      if (lower !== "yes" && lower !== "no") return wrong("yes|no");
      return { valueBool: lower === "yes", valueText: null, choices: null };
    }
    case "SINGLE":
    case "LIKERT_HELP": {
      if (v === "" || v.includes("|")) return wrong("oneOption");
      if (!q.options.includes(v)) return unknown(v);
      return { valueBool: null, valueText: null, choices: [v] };
    }
    case "MULTI": {
      const parts = [...new Set(v.split("|").map((p) => p.trim()).filter((p) => p !== ""))];
      const bad = parts.find((p) => !q.options.includes(p));
      if (bad !== undefined) return unknown(bad);
      return { valueBool: null, valueText: null, choices: parts.sort() };
    }
    case "TEXT":
      if (raw.length > MAX_TEXT_LENGTH) return wrong("maxLength");
      return { valueBool: null, valueText: raw, choices: null };
  }
}

type Ctx = { catalog: ImportCatalog; createRound: boolean; seen: Map<string, number>; errors: RowError[] };

function checkYear(r: RawRow, ctx: Ctx): number | null {
  const text = r.round.trim();
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(year) || year < 1900 || year > 2999) {
    ctx.errors.push({ row: r.row, code: "invalidRound", field: "round", value: short(r.round) });
    return null;
  }
  if (!ctx.catalog.rounds.has(year) && !ctx.createRound) {
    ctx.errors.push({ row: r.row, code: "noRound", field: "round", value: text });
  }
  return year;
}

function checkMunicipality(r: RawRow, code: string, year: number | null, ctx: Ctx): void {
  const m = ctx.catalog.municipalities.get(code);
  const err = (e: Omit<RowError, "row" | "field">) => void ctx.errors.push({ row: r.row, field: "gemeentecode", value: short(r.gemeentecode), ...e });
  if (!m) return err({ code: "unknownMunicipality" });
  if (year !== null && m.lastYear !== null && year > m.lastYear) return err({ code: "municipalityEnded", detail: m.successorCode ?? "" });
  // GIDS membership is judged for the round's year: a municipality that joined later was not asked then.
  const gids = m.isGids && (year === null || m.gidsSince === null || m.gidsSince <= year);
  if (!gids) return err({ code: "notGids", detail: m.isGids && m.gidsSince ? String(m.gidsSince) : undefined });
}

function checkQuestion(r: RawRow, key: string, year: number | null, ctx: Ctx): CatalogQuestion | null {
  const q = ctx.catalog.questions.get(key);
  if (!q) {
    ctx.errors.push({ row: r.row, code: "unknownQuestion", field: "question", value: short(r.question) });
    return null;
  }
  const asked = year === null ? undefined : ctx.catalog.rounds.get(year);
  if (asked && !asked.has(key)) {
    ctx.errors.push({ row: r.row, code: "questionNotInRound", field: "question", value: key, detail: String(year) });
    return null;
  }
  return q;
}

function validateRow(r: RawRow, ctx: Ctx): ImportRowValue | null {
  const before = ctx.errors.length;
  const code = r.gemeentecode.trim().toUpperCase();
  const key = r.question.trim();
  const year = checkYear(r, ctx);
  const identity = `${year ?? r.round.trim()}|${code}|${key}`;
  const first = ctx.seen.get(identity);
  if (first !== undefined) {
    ctx.errors.push({ row: r.row, code: "duplicateRow", value: `${r.round.trim()},${code},${key}`, detail: String(first) });
    return null;
  }
  ctx.seen.set(identity, r.row);
  checkMunicipality(r, code, year, ctx);
  const q = checkQuestion(r, key, year, ctx);
  // The answer is checked whenever the question is known, so one pass reports every error of the row.
  const answer = q ? parseAnswer(q, r.answer) : null;
  if (answer && "code" in answer) ctx.errors.push({ row: r.row, ...answer });
  if (!answer || "code" in answer || year === null || ctx.errors.length > before) return null;
  return { row: r.row, year, code, questionKey: key, ...answer };
}

/** Validates all rows. Rows with any error are left out of `rows`; every error is in `errors`, in file order. */
export function validateRows(raw: readonly RawRow[], catalog: ImportCatalog, opts: { createRound: boolean }): ValidationResult {
  const ctx: Ctx = { catalog, createRound: opts.createRound, seen: new Map(), errors: [] };
  const rows: ImportRowValue[] = [];
  for (const r of raw) {
    const v = validateRow(r, ctx);
    if (v) rows.push(v);
  }
  const years = new Set(rows.map((r) => r.year));
  const roundsToCreate = opts.createRound ? [...years].filter((y) => !catalog.rounds.has(y)).sort() : [];
  return { rows, errors: ctx.errors, roundsToCreate };
}
