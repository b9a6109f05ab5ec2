// Pure parts of `npm run bench`: latency statistics, the targets and their verdicts, and the terminal
// table. No I/O here, so tests/unit/bench-report.test.ts checks every rule.

export type LoadStats = {
  name: string;
  connections: number;
  seconds: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** reqPerSec / the static baseline's reqPerSec in the same run. */
  ratioToStatic?: number;
};

/** The q-quantile (0–1) of a list of numbers by the nearest-rank method; 0 for an empty list. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

/** Summarises response times (ms) of one load run. */
export function summarise(name: string, latencies: readonly number[], opts: { connections: number; seconds: number; errors: number }): LoadStats {
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    name,
    connections: opts.connections,
    seconds: opts.seconds,
    requests: latencies.length,
    reqPerSec: round(latencies.length / opts.seconds),
    p50: round(percentile(latencies, 0.5)),
    p95: round(percentile(latencies, 0.95)),
    p99: round(percentile(latencies, 0.99)),
    errors: opts.errors,
  };
}

export function withRatio(stats: LoadStats, baseline: LoadStats): LoadStats {
  // Unrounded: the verdict compares it; only the report rounds.
  return { ...stats, ratioToStatic: baseline.reqPerSec > 0 ? stats.reqPerSec / baseline.reqPerSec : 0 };
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

export type Measurements = {
  static: LoadStats;
  dashboard: LoadStats;
  resultsApi: LoadStats;
  home: LoadStats;
  caseload: LoadStats;
  /** Informational (no target): the same pages with a new URL per request, each one rendered by Next. */
  homeRendered?: LoadStats;
  caseloadRendered?: LoadStats;
  saveSame: LoadStats;
  saveDifferent: LoadStats;
  lostUpdates: number;
  dashboardDemoP95: number;
  dashboardScaledP95: number;
  /** Queries per page request in the steady state (worst of two), per data set. */
  queries: Record<string, number>;
  /** Queries of each page's first request after a start (it also fills the process's caches). */
  coldQueries?: Record<string, number>;
  dashboardJsGzipBytes: number;
  import100kSeconds: number;
};

export type Verdict = { target: string; value: string; pass: boolean };

const fmt = (n: number, digits = 0) => n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The issue's targets, each with the measured value and pass/fail. */
export function verdicts(m: Measurements): Verdict[] {
  const out: Verdict[] = [];
  for (const s of [m.dashboard, m.resultsApi]) {
    const ratio = s.ratioToStatic ?? 0;
    out.push({ target: `${s.name}: ≥ 50% of static req/s`, value: `${fmt(ratio * 100)}% (${fmt(s.reqPerSec)} of ${fmt(m.static.reqPerSec)} req/s)`, pass: ratio >= 0.5 });
    out.push({ target: `${s.name}: p95 < 100 ms at ${s.connections} connections`, value: `${fmt(s.p95, 1)} ms`, pass: s.p95 < 100 });
  }
  for (const s of [m.home, m.caseload]) {
    out.push({ target: `${s.name}: p95 < 200 ms at ${s.connections} connections`, value: `${fmt(s.p95, 1)} ms`, pass: s.p95 < 200 });
  }
  for (const s of [m.saveSame, m.saveDifferent]) {
    out.push({ target: `${s.name}: p95 < 150 ms with ${s.connections} writers`, value: `${fmt(s.p95, 1)} ms`, pass: s.p95 < 150 });
  }
  out.push({ target: "initiative saves: 0 lost updates", value: String(m.lostUpdates), pass: m.lostUpdates === 0 });
  const growth = m.dashboardDemoP95 > 0 ? m.dashboardScaledP95 / m.dashboardDemoP95 : Infinity;
  out.push({
    target: "dashboard p95 on 10× data < 1.5× demo",
    value: `${fmt(growth, 2)}× (${fmt(m.dashboardDemoP95, 1)} → ${fmt(m.dashboardScaledP95, 1)} ms)`,
    pass: growth < 1.5,
  });
  const cold = m.coldQueries ?? {};
  const worst = Math.max(0, ...Object.values(m.queries), ...Object.values(cold));
  out.push({
    target: "≤ 10 database queries per page",
    value:
      Object.entries(m.queries).map(([page, n]) => `${page} ${n}`).join(", ") +
      (Object.keys(cold).length ? `; first request after a start: ${Object.entries(cold).map(([page, n]) => `${page} ${n}`).join(", ")}` : ""),
    pass: worst <= 10,
  });
  out.push({ target: "dashboard JavaScript < 250 kB gzip", value: `${fmt(m.dashboardJsGzipBytes / 1000, 1)} kB`, pass: m.dashboardJsGzipBytes < 250_000 });
  out.push({ target: "100,000-row import < 60 s", value: `${fmt(m.import100kSeconds, 1)} s`, pass: m.import100kSeconds < 60 });
  return out;
}

/** The terminal report: one line per load run, then every target with PASS/FAIL. */
export function formatReport(m: Measurements, v: readonly Verdict[]): string {
  const runs = [m.static, m.dashboard, m.resultsApi, m.home, m.caseload, m.homeRendered, m.caseloadRendered, m.saveSame, m.saveDifferent].filter(
    (s): s is LoadStats => s !== undefined,
  );
  const header = `${"target".padEnd(40)}${"conn".padStart(5)}${"req/s".padStart(9)}${"p50".padStart(8)}${"p95".padStart(8)}${"p99".padStart(8)}${"errors".padStart(8)}${"×static".padStart(9)}`;
  const lines = runs.map(
    (s) =>
      `${s.name.padEnd(40)}${String(s.connections).padStart(5)}${fmt(s.reqPerSec).padStart(9)}${fmt(s.p50, 1).padStart(8)}${fmt(s.p95, 1).padStart(8)}${fmt(s.p99, 1).padStart(8)}${String(s.errors).padStart(8)}${(s.ratioToStatic === undefined ? "" : fmt(s.ratioToStatic, 2)).padStart(9)}`,
  );
  const targets = v.map((x) => `${x.pass ? "PASS" : "FAIL"}  ${x.target} — ${x.value}`);
  const passed = v.filter((x) => x.pass).length;
  return [header, ...lines, "", ...targets, "", `${passed} passed, ${v.length - passed} failed`].join("\n");
}
