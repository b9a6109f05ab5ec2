// Concurrent initiative saves through the real server action (updateInitiativeAction), the way the edit
// form posts it: `Next-Action` header, React's reply encoding of (previous state, form data). Each writer
// loads the record as the form would (current version), changes the description and saves; a conflict
// means it reloads and tries again. Afterwards every success must be accounted for (report.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ROOT } from "../lib/app";
import { summarise, type LoadStats, type SaveOutcome } from "./report";

/** The id under which the build registered a server action (`.next/server/server-reference-manifest.json`). */
export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!found) throw new Error(`server action ${file}#${exportedName} is not in the build`);
  return found[0];
}

export type Row = {
  id: string; code: string; title: string; status: string; start_date: string | null; end_date: string | null; version: number;
  target_groups: string[]; neighbourhoods: string[]; programmes: string[]; budget_cents: string | null; funding_sources: string[];
  residents_reached: number | null; low_ses_reached: number | null; monitoring_level: string | null; visibility: string;
  tracks: string[]; pillars: number[]; partner_types: string[]; partner_names: string[];
};

/** An initiative as the edit form loads it (the fields formFor needs). */
export const LOAD = `
  SELECT i.id, i.municipality_code AS code, i.title, i.status, to_char(i.start_date, 'YYYY-MM-DD') AS start_date,
         to_char(i.end_date, 'YYYY-MM-DD') AS end_date, i.version, coalesce(i.target_groups::text[], '{}') AS target_groups,
         coalesce(i.neighbourhoods, '{}') AS neighbourhoods, coalesce(i.programmes::text[], '{}') AS programmes, i.budget_cents,
         coalesce(i.funding_sources::text[], '{}') AS funding_sources, i.residents_reached, i.low_ses_reached,
         i.monitoring_level, i.visibility,
         ARRAY(SELECT track_code::text FROM initiative_track WHERE initiative_id = i.id) AS tracks,
         ARRAY(SELECT pillar_number::int FROM initiative_pillar WHERE initiative_id = i.id) AS pillars,
         ARRAY(SELECT type::text FROM initiative_partner WHERE initiative_id = i.id ORDER BY sort_order, name) AS partner_types,
         ARRAY(SELECT name FROM initiative_partner WHERE initiative_id = i.id ORDER BY sort_order, name) AS partner_names
  FROM initiative i WHERE i.id = $1`;

/** The edit form's fields for a record as loaded, with a new description. */
export function formFor(r: Row, description: string): FormData {
  const f = new FormData();
  const set = (k: string, v: string | number | null) => f.append(k, v === null ? "" : String(v));
  set("code", r.code);
  set("id", r.id);
  set("version", r.version);
  set("title", r.title);
  set("description", description);
  set("status", r.status);
  set("startDate", r.start_date);
  set("endDate", r.end_date);
  set("neighbourhoods", r.neighbourhoods.join("\n"));
  set("budget", r.budget_cents === null ? null : (Number(r.budget_cents) / 100).toFixed(2).replace(".", ","));
  set("residentsReached", r.residents_reached);
  set("lowSesReached", r.low_ses_reached);
  set("monitoringLevel", r.monitoring_level);
  set("visibility", r.visibility);
  for (const [k, list] of [["targetGroups[]", r.target_groups], ["programmes[]", r.programmes], ["fundingSources[]", r.funding_sources], ["tracks[]", r.tracks], ["pillars[]", r.pillars], ["partnerType[]", r.partner_types], ["partnerName[]", r.partner_names]] as const) {
    for (const v of list) set(k, v);
  }
  return f;
}

/**
 * React's reply encoding of the action's arguments (null previous state, the form): fields "_1_…", then the
 * root "0" last — the server resolves the root as soon as it arrives, so the fields must precede it.
 */
export function encodeArgs(form: FormData): FormData {
  const body = new FormData();
  for (const [k, v] of form) body.append(`_1_${k}`, v);
  body.append("0", JSON.stringify([null, "$K1"]));
  return body;
}

let firstError: string | null = null;

async function save(opts: { base: string; cookie: string; action: string; row: Row; description: string }): Promise<SaveOutcome["result"]> {
  const res = await fetch(`${opts.base}/gemeenten/${opts.row.code}/initiatieven/${opts.row.id}`, {
    method: "POST",
    headers: { cookie: opts.cookie, origin: opts.base, accept: "text/x-component", "next-action": opts.action },
    body: encodeArgs(formFor(opts.row, opts.description)),
  });
  const text = await res.text();
  if (res.status === 200 && text.includes('"ok":true')) return "saved";
  if (res.status === 200 && text.includes('"conflict":true')) return "conflict";
  firstError ??= `${res.status}: ${text.slice(0, 300)}`;
  return "error";
}

export type SaveRun = { stats: LoadStats; outcomes: SaveOutcome[]; versions: Map<string, { start: number; end: number }> };

/** `writers` concurrent writers for `seconds`, writer i on initiatives[i % initiatives.length]. */
export async function runSaves(opts: {
  name: string; base: string; cookie: string; dbUrl: string; initiatives: string[]; writers: number; seconds: number;
}): Promise<SaveRun> {
  const action = actionId("lib/initiatives/actions.ts", "updateInitiativeAction");
  const pool = new pg.Pool({ connectionString: opts.dbUrl, max: opts.writers });
  const version = async (id: string) => (await pool.query<{ version: number }>("SELECT version FROM initiative WHERE id = $1", [id])).rows[0]!.version;
  const versions = new Map<string, { start: number; end: number }>();
  const outcomes: SaveOutcome[] = [];
  const latencies: number[] = [];
  /** The writers for `seconds`; `keep` records each save (the warm-up's are not). */
  const write = (seconds: number, keep: boolean) => {
    const deadline = Date.now() + seconds * 1000;
    return Promise.all(
      Array.from({ length: opts.writers }, async (_, w) => {
        const id = opts.initiatives[w % opts.initiatives.length]!;
        for (let n = 0; Date.now() < deadline; n++) {
          const row = (await pool.query<Row>(LOAD, [id])).rows[0]!;
          const t0 = performance.now();
          const result = await save({ base: opts.base, cookie: opts.cookie, action, row, description: `Bench: schrijver ${w}, opslag ${n}.` });
          if (!keep) continue;
          latencies.push(performance.now() - t0);
          outcomes.push({ initiativeId: id, baseVersion: row.version, result });
        }
      }),
    );
  };
  try {
    // A short unmeasured run first, as for the pages (load.ts): JIT, pools and caches warmed up.
    await write(2, false);
    for (const id of new Set(opts.initiatives)) versions.set(id, { start: await version(id), end: 0 });
    await write(opts.seconds, true);
    for (const [id, v] of versions) v.end = await version(id);
  } finally {
    await pool.end();
  }
  const errors = outcomes.filter((o) => o.result === "error").length;
  const stats = summarise(opts.name, latencies, { connections: opts.writers, seconds: opts.seconds, errors, users: 1 });
  const saved = outcomes.filter((o) => o.result === "saved").length;
  if (firstError) console.log(`  first failed save answered ${firstError}`);
  firstError = null;
  console.log(`  ${stats.name}: ${outcomes.length} saves (${saved} saved, ${outcomes.length - saved - errors} conflicts, ${errors} errors), p95 ${stats.p95} ms`);
  return { stats, outcomes, versions };
}
