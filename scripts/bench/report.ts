// Pure parts of `npm run bench`: latency statistics, the targets and their verdicts, the first-view check of
// a response, and the terminal table. No I/O here, so tests/unit/bench-report.test.ts checks every rule.

export type LoadStats = {
  name: string;
  connections: number;
  seconds: number;
  /** Distinct signed-in users the requests rotated over (0: anonymous). */
  users: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** reqPerSec / the static page's reqPerSec in the same run (the limit). */
  ratioToStatic?: number;
  /** reqPerSec / the minimal signed-in dynamic page's reqPerSec in the same run (the framework's floor). */
  ratioToMinimal?: number;
  /**
   * CPU time the server's processes spent per measured request (ms): what a request costs the server whatever
   * else runs on the machine (no target; it says where time goes when the machine is shared).
   */
  serverCpuMsPerRequest?: number;
};

/** The q-quantile (0–1) of a list of numbers by the nearest-rank method; 0 for an empty list. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

/** Summarises response times (ms) of one load run. */
export function summarise(
  name: string,
  latencies: readonly number[],
  opts: { connections: number; seconds: number; errors: number; users?: number },
): LoadStats {
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    name,
    connections: opts.connections,
    seconds: opts.seconds,
    users: opts.users ?? 0,
    requests: latencies.length,
    reqPerSec: round(latencies.length / opts.seconds),
    p50: round(percentile(latencies, 0.5)),
    p95: round(percentile(latencies, 0.95)),
    p99: round(percentile(latencies, 0.99)),
    errors: opts.errors,
  };
}

/** The run related to both baselines of the same run (unrounded: the verdicts compare them; only the report rounds). */
export function withRatios(stats: LoadStats, staticPage: LoadStats, minimal: LoadStats): LoadStats {
  const ratio = (b: LoadStats) => (b.reqPerSec > 0 ? stats.reqPerSec / b.reqPerSec : 0);
  return { ...stats, ratioToStatic: ratio(staticPage), ratioToMinimal: ratio(minimal) };
}

/** Text as React writes it into HTML (the five characters it escapes). */
export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c]!);
}

/**
 * Why a response is not the first view rendered for the user who asked: a status other than 200, or one of
 * the texts that only that user's page shows (their name; a civil servant's municipality) missing. Empty
 * when it is theirs.
 */
export function ownPageProblems(status: number, html: string, mustShow: readonly string[]): string[] {
  if (status !== 200) return [`answered ${status}`];
  return mustShow.filter((text) => !html.includes(htmlEscape(text))).map((text) => `does not show "${text}"`);
}

/** Lost updates of a concurrent-save run: every save either landed or was refused as a conflict. */
export type SaveOutcome = { initiativeId: string; baseVersion: number; result: "saved" | "conflict" | "error" };

/**
 * Lost updates: saves that reported success but whose write cannot be accounted for. Two successes from the
 * same base version on the same record mean one overwrote the other unseen; and the record's final
 * version must have moved by exactly the number of successful saves.
 */
export function countLostUpdates(outcomes: readonly SaveOutcome[], versions: ReadonlyMap<string, { start: number; end: number }>): number {
  let lost = 0;
  const byRecord = new Map<string, SaveOutcome[]>();
  for (const o of outcomes) byRecord.set(o.initiativeId, [...(byRecord.get(o.initiativeId) ?? []), o]);
  for (const [id, list] of byRecord) {
    const saved = list.filter((o) => o.result === "saved");
    lost += saved.length - new Set(saved.map((o) => o.baseVersion)).size;
    const v = versions.get(id);
    if (v) lost += Math.abs(v.end - v.start - saved.length);
  }
  return lost;
}

/** The three pages with targets of their own. */
export const PAGES = ["dashboard", "home", "caseload"] as const;
export type PageKey = (typeof PAGES)[number];
export const PAGE_LABEL: Record<PageKey, string> = { dashboard: "national dashboard", home: "municipality home", caseload: "adviser caseload" };

/** One page's Lighthouse run (scores 0–100; null when Lighthouse could not score it). */
export type LighthouseScore = {
  page: string;
  url: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  /** Audits that cost points (why a score is not full). */
  failedAudits?: string[];
  /** Where the browser ended up, when not at `url` (e.g. redirected to the login page). */
  finalUrl?: string;
  error?: string;
};

/** How the bench made sure that every measured page request was a first view, rendered for its own user. */
export type FirstViews = {
  /** Distinct users per measured page. */
  users: Record<string, number>;
  /** Responses checked before the load runs (one per user and page, on each data set). */
  checked: number;
  /** Users whose response changed with their data: renamed in the database, the next response shows the new name. */
  freshChecked: number;
  /** Every check that failed, e.g. "home (scaled) x@y: does not show …". */
  problems: string[];
};

export type Measurements = {
  /** The limit: a static file. */
  static: LoadStats;
  /** The framework's floor: the portal's shell around one query (/profiel). */
  minimal: LoadStats;
  /** 20 connections, scaled data. */
  pages: Record<PageKey, LoadStats>;
  /** 1 connection, scaled data. */
  single: Record<PageKey, LoadStats>;
  /** 20 connections, demo data (for the growth with ten times the data). */
  demo: Record<PageKey, LoadStats>;
  saveSame: LoadStats;
  saveDifferent: LoadStats;
  lostUpdates: number;
  /** Queries per rendered request after the first (worst of the next requests, each another user), per page and data set. */
  queries: Record<string, number>;
  /** Queries of each page's first request after a start (it also fills Next's data caches). */
  coldQueries: Record<string, number>;
  dashboardJsGzipBytes: number;
  import100kSeconds: number;
  lighthouse: LighthouseScore[];
  firstViews: FirstViews;
};

export type Verdict = { target: string; value: string; pass: boolean };

export const LIMITS = {
  minimalRatio: 0.5,
  p95At20Ms: 250,
  p95At1Ms: 50,
  saveP95Ms: 150,
  growth: 1.5,
  queries: 10,
  dashboardJsBytes: 200_000,
  importSeconds: 60,
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
  lighthouseBestPractices: 100,
} as const;

/** A run whose latencies mean something: it got answers, and none failed (a timeout leaves no latency behind). */
const answered = (s: LoadStats) => s.requests > 0 && s.errors === 0;
const unanswered = (s: LoadStats) => (answered(s) ? "" : ` (${s.requests} answers, ${s.errors} errors)`);

const fmt = (n: number, digits = 0) => n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const score = (n: number | null) => (n === null ? "–" : String(n));

/** The issue's targets, each with the measured value and pass/fail. */
export function verdicts(m: Measurements): Verdict[] {
  const out: Verdict[] = [];
  const runs = [m.static, m.minimal, ...PAGES.map((p) => m.pages[p]), ...PAGES.map((p) => m.single[p]), ...PAGES.map((p) => m.demo[p]), m.saveSame, m.saveDifferent];
  const errors = runs.reduce((n, s) => n + s.errors, 0);
  out.push({
    target: "every measured request a first view: each user's own page, 200, no error",
    value:
      `${m.firstViews.checked} responses checked for their user's name/municipality, ${m.firstViews.freshChecked} users renamed and seen renamed; ` +
      `${m.firstViews.problems.length} problems${m.firstViews.problems.length ? ` (${m.firstViews.problems.slice(0, 3).join("; ")})` : ""}; ${errors} errors under load`,
    pass: m.firstViews.problems.length === 0 && m.firstViews.checked > 0 && m.firstViews.freshChecked > 0 && errors === 0,
  });
  for (const p of PAGES) {
    const s = m.pages[p];
    const ratio = s.ratioToMinimal ?? 0;
    out.push({
      target: `${PAGE_LABEL[p]}: ≥ ${LIMITS.minimalRatio}× the minimal dynamic page's req/s`,
      value: `${fmt(ratio, 2)}× (${fmt(s.reqPerSec)} of ${fmt(m.minimal.reqPerSec)} req/s; ${fmt(s.ratioToStatic ?? 0, 3)}× static)`,
      pass: ratio >= LIMITS.minimalRatio,
    });
  }
  for (const p of PAGES) {
    const s = m.pages[p];
    out.push({
      target: `${PAGE_LABEL[p]}: p95 < ${LIMITS.p95At20Ms} ms at ${s.connections} connections`,
      value: `${fmt(s.p95, 1)} ms${unanswered(s)}`,
      pass: answered(s) && s.p95 < LIMITS.p95At20Ms,
    });
  }
  for (const p of PAGES) {
    const s = m.single[p];
    out.push({
      target: `${PAGE_LABEL[p]}: p95 < ${LIMITS.p95At1Ms} ms at 1 connection`,
      value: `${fmt(s.p95, 1)} ms${s.connections === 1 ? "" : ` (measured at ${s.connections} connections)`}${unanswered(s)}`,
      pass: s.connections === 1 && answered(s) && s.p95 < LIMITS.p95At1Ms,
    });
  }
  for (const s of [m.saveSame, m.saveDifferent]) {
    out.push({ target: `${s.name}: p95 < ${LIMITS.saveP95Ms} ms with ${s.connections} writers`, value: `${fmt(s.p95, 1)} ms${unanswered(s)}`, pass: answered(s) && s.p95 < LIMITS.saveP95Ms });
  }
  out.push({ target: "initiative saves: 0 lost updates", value: String(m.lostUpdates), pass: m.lostUpdates === 0 });
  for (const p of PAGES) {
    const demo = m.demo[p].p95;
    const scaled = m.pages[p].p95;
    const growth = demo > 0 ? scaled / demo : Infinity;
    const both = answered(m.demo[p]) && answered(m.pages[p]);
    out.push({
      target: `${PAGE_LABEL[p]}: p95 on 10× data < ${LIMITS.growth}× demo`,
      value: `${fmt(growth, 2)}× (${fmt(demo, 1)} → ${fmt(scaled, 1)} ms)${both ? "" : " (a run without answers or with errors)"}`,
      pass: both && growth < LIMITS.growth,
    });
  }
  const counts = [...Object.values(m.queries), ...Object.values(m.coldQueries)];
  const list = (r: Record<string, number>) => Object.entries(r).map(([page, n]) => `${page} ${n}`).join(", ");
  out.push({
    target: `≤ ${LIMITS.queries} database queries per rendered request`,
    value: `${list(m.queries)}; first request after a start: ${list(m.coldQueries)}`,
    pass: counts.length > 0 && Math.max(...counts) <= LIMITS.queries,
  });
  out.push({
    target: `dashboard JavaScript < ${LIMITS.dashboardJsBytes / 1000} kB gzip`,
    value: `${fmt(m.dashboardJsGzipBytes / 1000, 1)} kB`,
    pass: m.dashboardJsGzipBytes < LIMITS.dashboardJsBytes,
  });
  out.push({ target: `100,000-row import < ${LIMITS.importSeconds} s`, value: `${fmt(m.import100kSeconds, 1)} s`, pass: m.import100kSeconds < LIMITS.importSeconds });
  if (m.lighthouse.length === 0) out.push({ target: "Lighthouse", value: "not run", pass: false });
  for (const l of m.lighthouse) {
    out.push({
      target: `Lighthouse ${l.page}: performance ≥ ${LIMITS.lighthousePerformance}, accessibility ${LIMITS.lighthouseAccessibility}, best practices ${LIMITS.lighthouseBestPractices}`,
      value:
        `${score(l.performance)} · ${score(l.accessibility)} · ${score(l.bestPractices)}` +
        ` (LCP ${l.lcpMs === null ? "–" : `${fmt(l.lcpMs / 1000, 2)} s`}, TBT ${l.tbtMs === null ? "–" : `${fmt(l.tbtMs)} ms`})` +
        (l.finalUrl ? ` — ended at ${l.finalUrl}` : "") +
        (l.failedAudits?.length ? ` — losing points: ${l.failedAudits.join(", ")}` : "") +
        (l.error ? ` — ${l.error}` : ""),
      pass:
        !l.finalUrl &&
        (l.performance ?? -1) >= LIMITS.lighthousePerformance &&
        (l.accessibility ?? -1) >= LIMITS.lighthouseAccessibility &&
        (l.bestPractices ?? -1) >= LIMITS.lighthouseBestPractices,
    });
  }
  return out;
}

/** How every measured request is a first view, in words (the terminal report and latest.json). */
export function firstViewStatement(m: Measurements): string {
  const users = Object.entries(m.firstViews.users).map(([page, n]) => `${page} ${n}`).join(", ");
  return [
    `Every page request is rendered for the user who sends it. Distinct signed-in users, one after the other (${users}):`,
    "each request carries the next user's session cookie (and, for the municipality home, that user's own municipality), so",
    "consecutive requests on a connection are never the same user. The server keeps no response between requests (plain",
    "`next start`; only Next's own data caches); the bench shows it: before the load runs each user's response was checked",
    `to show that user's own name (and municipality) — ${m.firstViews.checked} responses — and ${m.firstViews.freshChecked} users were renamed in the`,
    "database and their next response showed the new name. Under load, every response other than 200 counts as an error.",
  ].join("\n");
}

const table = (rows: readonly (readonly string[])[], widths: readonly number[]) =>
  rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("")).join("\n");

/** The terminal report: one line per load run, the Lighthouse scores, then every target with PASS/FAIL. */
export function formatReport(m: Measurements, v: readonly Verdict[]): string {
  const runs = [m.static, m.minimal, ...PAGES.map((p) => m.pages[p]), ...PAGES.map((p) => m.single[p]), ...PAGES.map((p) => m.demo[p]), m.saveSame, m.saveDifferent];
  const ratio = (r: number | undefined) => (r === undefined ? "" : fmt(r, 2));
  const loads = table(
    [
      ["run", "conn", "users", "req/s", "p50", "p95", "p99", "errors", "×static", "×minimal", "cpu ms/req"],
      ...runs.map((s) => [
        s.name, String(s.connections), String(s.users), fmt(s.reqPerSec), fmt(s.p50, 1), fmt(s.p95, 1), fmt(s.p99, 1), String(s.errors),
        ratio(s.ratioToStatic), ratio(s.ratioToMinimal), s.serverCpuMsPerRequest === undefined ? "" : fmt(s.serverCpuMsPerRequest, 1),
      ]),
    ],
    [52, 5, 7, 9, 8, 8, 8, 8, 9, 10, 12],
  );
  const lighthouse = table(
    [
      ["Lighthouse (mobile)", "perf", "a11y", "best pr.", "LCP ms", "TBT ms"],
      ...m.lighthouse.map((l) => [l.page, score(l.performance), score(l.accessibility), score(l.bestPractices), l.lcpMs === null ? "–" : fmt(l.lcpMs), l.tbtMs === null ? "–" : fmt(l.tbtMs)]),
    ],
    [52, 6, 6, 10, 9, 9],
  );
  const targets = v.map((x) => `${x.pass ? "PASS" : "FAIL"}  ${x.target} — ${x.value}`);
  const passed = v.filter((x) => x.pass).length;
  return [loads, "", lighthouse, "", firstViewStatement(m), "", ...targets, "", `${passed} passed, ${v.length - passed} failed`].join("\n");
}
