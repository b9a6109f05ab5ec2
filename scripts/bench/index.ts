// `npm run bench`: builds, starts its own PostgreSQL (.data/bench-pg) with a demo and a scaled database,
// runs the production server on each and measures it on loopback. Prints every figure with pass/fail and
// writes bench/results/latest.json. Exit code 0 only when every target passes.
//   npm run bench -- [--skip-build] [--seconds N]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { build, openDatabase, prepareDatabase, ROOT } from "../lib/app";
import { answerFileText, type BankQuestion } from "../lib/answer-file";
import { runLoad } from "./load";
import { countLostUpdates, formatReport, verdicts, withRatio, type Measurements } from "./report";
import { runSaves } from "./saves";
import { scaleDatabase, SCALE } from "./scale";
import { getOk, pageJavaScriptGzip, queriesFor, signIn, startServer, type BenchServer } from "./server";

const args = process.argv.slice(2);
const SECONDS = Number(args[args.indexOf("--seconds") + 1]) || 10;
const CONNECTIONS = 20;
const WRITERS = 10;
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54359);
const APP_PORT = Number(process.env.BENCH_PORT ?? 3200);
const PASSWORD = "gezondin-demo";
const HOME = "/gemeenten/GM0794"; // Helmond
const PAGES = { dashboard: "/landelijk", resultsApi: "/api/v1/rounds/2021/results", home: HOME, caseload: "/adviseur" } as const;

const started = performance.now();
const step = (m: string) => console.log(`\n[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${m}`);

type Sessions = { vws: string; civil: string; adviser: string };

async function sessions(server: BenchServer): Promise<Sessions> {
  return {
    vws: await signIn(server.base, "vws@gezondin.example", PASSWORD),
    civil: await signIn(server.base, "helmond@gezondin.example", PASSWORD),
    adviser: await signIn(server.base, "adviseur1@gezondin.example", PASSWORD),
  };
}

function cookieFor(page: keyof typeof PAGES, s: Sessions): string {
  return page === "home" ? s.civil : page === "caseload" ? s.adviser : s.vws;
}

/** Queries per page (steady state, and the first request apart), each page checked to answer 200 first. */
async function countQueries(server: BenchServer, s: Sessions, label: string, cold: Record<string, number>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const page of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
    const n = await queriesFor(server, PAGES[page], cookieFor(page, s));
    out[`${page} (${label})`] = n.warm;
    cold[`${page} (${label})`] = n.cold;
  }
  return out;
}

async function helmondInitiatives(url: string, n: number): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ id: string }>(
      `SELECT id FROM initiative WHERE municipality_code = 'GM0794' AND archived_at IS NULL ORDER BY title LIMIT $1`,
      [n],
    );
    return rows.map((r) => r.id);
  } finally {
    await c.end();
  }
}

/** Times `npm run import:survey` (the CLI, a process of its own) on a generated 100,000-row file. */
async function timeImport(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  let questions: BankQuestion[];
  let codes: string[];
  try {
    const q = await c.query<{ key: string; type: string; options: string[] }>(
      `SELECT q.key, q.type::text, coalesce(array_agg(o.key ORDER BY o.sort_order) FILTER (WHERE o.key IS NOT NULL), '{}') AS options
       FROM question q LEFT JOIN question_option o ON o.question_key = q.key GROUP BY q.key ORDER BY q.key`,
    );
    questions = q.rows;
    codes = (await c.query<{ code: string }>(`SELECT code FROM municipality WHERE is_gids AND valid_to IS NULL ORDER BY code`)).rows.map((r) => r.code);
  } finally {
    await c.end();
  }
  const { text } = answerFileText(questions, codes, 100_000, 2040);
  const dir = mkdtempSync(path.join(os.tmpdir(), "gezondin-bench-"));
  const file = path.join(dir, "answers-100k.csv");
  writeFileSync(file, text);
  const t0 = performance.now();
  const r = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/import-survey.ts", "--create-round", file], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const seconds = (performance.now() - t0) / 1000;
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`the 100,000-row import exited with ${r.status}`);
  return seconds;
}

async function main(): Promise<number> {
  if (!args.includes("--skip-build")) {
    step("production build");
    build();
  }

  step("databases: demo and scaled (.data/bench-pg)");
  delete process.env.DATABASE_URL; // never the demo or a shared database
  const demoDb = await openDatabase({ folder: "bench-pg", port: PG_PORT, name: "gezondin_bench_demo", fresh: true, durable: false });
  const scaledDb = await openDatabase({ folder: "bench-pg", port: PG_PORT, name: "gezondin_bench_scaled", fresh: true, durable: false });
  let server: BenchServer | null = null;
  try {
    await prepareDatabase(demoDb.url, { seed: "always" });
    await prepareDatabase(scaledDb.url, { seed: "always" });
    step("scaling the second database to ten times the data");
    const counts = await scaleDatabase(scaledDb.url, (m) => console.log(`  ${m}`));
    console.log(`  ${JSON.stringify(counts)}`);

    step("demo data: queries per page and the dashboard's latency");
    server = await startServer(demoDb.url, APP_PORT, { logQueries: true });
    let s = await sessions(server);
    const coldQueries: Record<string, number> = {};
    const queries = await countQueries(server, s, "demo", coldQueries);
    await server.stop();
    server = await startServer(demoDb.url, APP_PORT);
    s = await sessions(server);
    const dashboardDemo = await runLoad({ name: "dashboard (demo data)", url: server.base + PAGES.dashboard, cookie: s.vws }, { connections: CONNECTIONS, seconds: SECONDS });
    await server.stop();

    step("scaled data: queries per page, then load");
    server = await startServer(scaledDb.url, APP_PORT, { logQueries: true });
    s = await sessions(server);
    Object.assign(queries, await countQueries(server, s, "scaled", coldQueries));
    const js = await pageJavaScriptGzip(server, PAGES.dashboard, s.vws);
    await server.stop();
    server = await startServer(scaledDb.url, APP_PORT);
    s = await sessions(server);
    await getOk(`${server.base}/onderhoud.html`);
    const load = (name: string, url: string, cookie?: string, rendered = false) =>
      runLoad({ name, url: server!.base + url, cookie, rendered }, { connections: CONNECTIONS, seconds: SECONDS });
    const baseline = await load("static page (baseline)", "/onderhoud.html");
    const dashboard = withRatio(await load("national dashboard", PAGES.dashboard, s.vws), baseline);
    const resultsApi = withRatio(await load("round results API", PAGES.resultsApi, s.vws), baseline);
    const home = withRatio(await load("municipality home", PAGES.home, s.civil), baseline);
    const caseload = withRatio(await load("adviser caseload", PAGES.caseload, s.adviser), baseline);
    // What a first view costs (no target): a new URL per request, so Next renders every one.
    const homeRendered = withRatio(await load("municipality home, each rendered", PAGES.home, s.civil, true), baseline);
    const caseloadRendered = withRatio(await load("adviser caseload, each rendered", PAGES.caseload, s.adviser, true), baseline);

    step("initiative saves: 10 writers on one initiative, then on ten");
    const ids = await helmondInitiatives(scaledDb.url, WRITERS);
    const same = await runSaves({ name: "save, same initiative", base: server.base, cookie: s.civil, dbUrl: scaledDb.url, initiatives: ids.slice(0, 1), writers: WRITERS, seconds: SECONDS });
    const different = await runSaves({ name: "save, different initiatives", base: server.base, cookie: s.civil, dbUrl: scaledDb.url, initiatives: ids, writers: WRITERS, seconds: SECONDS });
    await server.stop();
    server = null;

    step("importing 100,000 answer rows (CLI)");
    const importSeconds = await timeImport(scaledDb.url);

    const m: Measurements = {
      static: baseline,
      dashboard,
      resultsApi,
      home,
      caseload,
      homeRendered,
      caseloadRendered,
      saveSame: same.stats,
      saveDifferent: different.stats,
      // Per run: both runs write the first initiative, each from its own start version.
      lostUpdates: countLostUpdates(same.outcomes, same.versions) + countLostUpdates(different.outcomes, different.versions),
      dashboardDemoP95: dashboardDemo.p95,
      dashboardScaledP95: dashboard.p95,
      queries,
      coldQueries,
      dashboardJsGzipBytes: js.bytes,
      import100kSeconds: Math.round(importSeconds * 10) / 10,
    };
    const v = verdicts(m);
    step("report");
    console.log(formatReport(m, v));
    const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "", memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
    const out = { generatedAt: new Date().toISOString(), machine, seconds: SECONDS, connections: CONNECTIONS, writers: WRITERS, scaled: counts, scale: SCALE, measurements: m, dashboardDemo, targets: v, jsFiles: js.files, durationSeconds: Math.round((performance.now() - started) / 1000) };
    mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
    writeFileSync(path.join(ROOT, "bench/results/latest.json"), JSON.stringify(out, null, 2) + "\n");
    console.log(`\nwritten bench/results/latest.json (${out.durationSeconds} s in all)`);
    return v.every((x) => x.pass) ? 0 : 1;
  } finally {
    await server?.stop();
    await demoDb.stop().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("[bench] failed:", error);
    process.exit(2);
  },
);


