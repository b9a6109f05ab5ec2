// `npm run bench`: builds, starts its own PostgreSQL (.data/bench-pg) with a demo and a scaled database,
// runs the production server on each and measures first views on loopback: every page request rendered for
// the user who sends it (distinct users in rotation; the server keeps no response between requests). Then
// Lighthouse in a real browser on the demo server. Prints every figure with pass/fail and writes
// bench/results/latest.json. Exit code 0 only when every target passes.
//   npm run bench -- [--skip-build] [--seconds N]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { build, openDatabase, prepareDatabase, ROOT } from "../lib/app";
import { answerFileText, type BankQuestion } from "../lib/answer-file";
import { runLighthouse } from "./lighthouse";
import { runLoad, type BenchRequest } from "./load";
import { countLostUpdates, firstViewStatement, formatReport, PAGE_LABEL, PAGES, verdicts, withRatios, type LoadStats, type Measurements, type PageKey } from "./report";
import { runSaves } from "./saves";
import { scaleDatabase, SCALE } from "./scale";
import { getOk, pageJavaScriptGzip, queriesFor, startServer, type BenchServer } from "./server";
import { checkFresh, checkOwnPages, findAccounts, requestsFor, signInAll, type Accounts, type PageName, type UserRequest } from "./users";

const args = process.argv.slice(2);
const SECONDS = Number(args[args.indexOf("--seconds") + 1]) || 10;
const CONNECTIONS = 20;
const WRITERS = 10;
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54359);
const APP_PORT = Number(process.env.BENCH_PORT ?? 3200);
const STATIC = "/onderhoud.html";
const FORM = "/gemeenten/GM0794/initiatieven/nieuw"; // Helmond's new-initiative form
const HELMOND = "helmond@gezondin.example";
const MEASURED: PageName[] = ["minimal", ...PAGES];

const started = performance.now();
const loadAtStart = os.loadavg(); // the machine may be shared: the load average says how busy it was
const step = (m: string) => console.log(`\n[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${m}`);

/** One data set's users, signed in, and each measured page's requests (one per user). */
type DataSet = { label: "demo" | "scaled"; url: string; accounts: Accounts; cookies: Map<string, string>; requests: Record<PageName, UserRequest[]> };

async function signedIn(server: BenchServer, label: DataSet["label"], url: string, known?: ReadonlyMap<string, string>): Promise<DataSet> {
  const t0 = performance.now();
  const accounts = await findAccounts(url);
  const cookies = await signInAll(server.base, accounts, known);
  console.log(`  ${cookies.size} users signed in (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const requests = Object.fromEntries(MEASURED.map((p) => [p, requestsFor(p, accounts, cookies)])) as Record<PageName, UserRequest[]>;
  return { label, url, accounts, cookies, requests };
}

/** Queries per page: the first request after the start and the worst of the next two (each another user). */
async function countQueries(server: BenchServer, d: DataSet, warm: Record<string, number>, cold: Record<string, number>, dbMs: Record<string, number>): Promise<void> {
  for (const page of MEASURED) {
    const n = await queriesFor(server, d.requests[page].slice(0, 3));
    warm[`${page} (${d.label})`] = n.warm;
    cold[`${page} (${d.label})`] = n.cold;
    dbMs[`${page} (${d.label})`] = Math.round(n.warmDbMs * 10) / 10;
  }
  console.log(`  database ms of a rendered request (worst of two, no target): ${Object.entries(dbMs).filter(([k]) => k.endsWith(`(${d.label})`)).map(([k, v]) => `${k} ${v}`).join(", ")}`);
}

/** Before the load: every user's response is their own page, and one user per page is seen renamed. */
async function checkFirstViews(server: BenchServer, d: DataSet, fv: Measurements["firstViews"]): Promise<void> {
  for (const page of MEASURED) {
    const label = `${page} (${d.label})`;
    fv.problems.push(...(await checkOwnPages(server.base, label, d.requests[page])));
    fv.checked += d.requests[page].length;
    fv.problems.push(...(await checkFresh(server.base, d.url, label, d.requests[page][0]!)));
    fv.freshChecked++;
    fv.users[page] = d.requests[page].length;
  }
  console.log(`  ${fv.checked} responses checked, ${fv.freshChecked} renamed users seen renamed, ${fv.problems.length} problems`);
  for (const p of fv.problems.slice(0, 10)) console.log(`  ! ${p}`);
}

const NAMES: Record<PageName, string> = { minimal: "minimal dynamic page /profiel (baseline)", ...PAGE_LABEL };

function loader(server: BenchServer) {
  return (name: string, requests: readonly BenchRequest[], users: number, connections = CONNECTIONS) =>
    runLoad({ name, base: server.base, requests, users, serverCpuMs: server.cpuMs }, { connections, seconds: SECONDS });
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

    const queries: Record<string, number> = {};
    const coldQueries: Record<string, number> = {};
    const queryDbMs: Record<string, number> = {};
    const firstViews: Measurements["firstViews"] = { users: {}, checked: 0, freshChecked: 0, problems: [] };

    step("scaled data: queries per rendered request (query log on)");
    server = await startServer(scaledDb.url, APP_PORT, { logQueries: true });
    const scaled = await signedIn(server, "scaled", scaledDb.url);
    await countQueries(server, scaled, queries, coldQueries, queryDbMs);
    const js = await pageJavaScriptGzip(server, "/landelijk", scaled.requests.dashboard[0]!.cookie!);
    await server.stop();

    step("scaled data: first views under load");
    server = await startServer(scaledDb.url, APP_PORT);
    await checkFirstViews(server, scaled, firstViews);
    await getOk(server.base + STATIC);
    const load = loader(server);
    const staticPage = await load("static page /onderhoud.html (baseline)", [{ path: STATIC }], 0);
    const minimalRaw = await load(NAMES.minimal, scaled.requests.minimal, scaled.requests.minimal.length);
    const minimal = withRatios(minimalRaw, staticPage, minimalRaw);
    const rel = (s: LoadStats) => withRatios(s, staticPage, minimalRaw);
    const pages = {} as Record<PageKey, LoadStats>;
    for (const p of PAGES) pages[p] = rel(await load(NAMES[p], scaled.requests[p], scaled.requests[p].length));
    const single = {} as Record<PageKey, LoadStats>;
    for (const p of PAGES) single[p] = rel(await load(NAMES[p], scaled.requests[p], scaled.requests[p].length, 1));

    step("initiative saves: 10 writers on one initiative, then on ten");
    const ids = await helmondInitiatives(scaledDb.url, WRITERS);
    const helmond = scaled.cookies.get(HELMOND);
    if (!helmond) throw new Error(`${HELMOND} is not among the bench's civil servants`);
    const same = await runSaves({ name: "save, same initiative", base: server.base, cookie: helmond, dbUrl: scaledDb.url, initiatives: ids.slice(0, 1), writers: WRITERS, seconds: SECONDS });
    const different = await runSaves({ name: "save, different initiatives", base: server.base, cookie: helmond, dbUrl: scaledDb.url, initiatives: ids, writers: WRITERS, seconds: SECONDS });
    await server.stop();

    step("demo data: queries per rendered request (query log on)");
    server = await startServer(demoDb.url, APP_PORT, { logQueries: true });
    const demoSet = await signedIn(server, "demo", demoDb.url, scaled.cookies);
    await countQueries(server, demoSet, queries, coldQueries, queryDbMs);
    await server.stop();

    step("demo data: first views under load (the growth with ten times the data)");
    server = await startServer(demoDb.url, APP_PORT);
    await checkFirstViews(server, demoSet, firstViews);
    const demoLoad = loader(server);
    const demo = {} as Record<PageKey, LoadStats>;
    for (const p of PAGES) demo[p] = await demoLoad(`${NAMES[p]} (demo data)`, demoSet.requests[p], demoSet.requests[p].length);

    step("Lighthouse on the demo server, one page at a time");
    const vws = demoSet.cookies.get("vws@gezondin.example")!;
    const adviser = demoSet.requests.caseload[0]!;
    const civil = demoSet.requests.home.find((r) => r.email === HELMOND) ?? demoSet.requests.home[0]!;
    const form = demoSet.cookies.get(HELMOND);
    if (!form) throw new Error(`${HELMOND} is not among the bench's civil servants`);
    const lhPages = [
      { page: "login page", url: `${server.base}/login` },
      { page: "national dashboard", url: `${server.base}/landelijk`, cookie: vws },
      { page: `municipality home (${civil.path})`, url: server.base + civil.path, cookie: civil.cookie },
      { page: "adviser caseload", url: `${server.base}/adviseur`, cookie: adviser.cookie },
      { page: "initiative form", url: server.base + FORM, cookie: form },
    ];
    for (const p of lhPages) await getOk(p.url, p.cookie); // each route loaded once before its audit
    const lighthouse = await runLighthouse(lhPages, (m) => console.log(`  ${m}`));
    await server.stop();
    server = null;

    step("importing 100,000 answer rows (CLI)");
    const importSeconds = await timeImport(scaledDb.url);

    const m: Measurements = {
      static: staticPage,
      minimal,
      pages,
      single,
      demo,
      saveSame: same.stats,
      saveDifferent: different.stats,
      // Per run: both runs write the first initiative, each from its own start version.
      lostUpdates: countLostUpdates(same.outcomes, same.versions) + countLostUpdates(different.outcomes, different.versions),
      queries,
      coldQueries,
      dashboardJsGzipBytes: js.bytes,
      import100kSeconds: Math.round(importSeconds * 10) / 10,
      lighthouse,
      firstViews,
    };
    const v = verdicts(m);
    step("report");
    console.log(formatReport(m, v));
    const avg = (l: number[]) => l.map((n) => Math.round(n * 100) / 100);
    const machine = {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverage: { start: avg(loadAtStart), end: avg(os.loadavg()) },
    };
    console.log(`\nmachine load average (1, 5, 15 min): ${machine.loadAverage.start.join(", ")} at the start, ${machine.loadAverage.end.join(", ")} at the end`);
    const out = {
      generatedAt: new Date().toISOString(),
      machine,
      seconds: SECONDS,
      connections: CONNECTIONS,
      writers: WRITERS,
      scaled: counts,
      scale: SCALE,
      firstViews: firstViewStatement(m),
      measurements: m,
      queryDbMs,
      targets: v,
      jsFiles: js.files,
      durationSeconds: Math.round((performance.now() - started) / 1000),
    };
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


