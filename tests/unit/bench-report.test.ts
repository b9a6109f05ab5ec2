import { describe, expect, it } from "vitest";
import { countLostUpdates, formatReport, percentile, summarise, verdicts, withRatio, type LoadStats, type Measurements } from "../../scripts/bench/report";

const stats = (name: string, o: Partial<LoadStats> = {}): LoadStats => ({
  name, connections: 20, seconds: 10, requests: 1000, reqPerSec: 100, p50: 10, p95: 20, p99: 30, errors: 0, ...o,
});

const passing = (): Measurements => {
  const base = stats("static", { reqPerSec: 1000 });
  return {
    static: base,
    dashboard: withRatio(stats("dashboard", { reqPerSec: 600, p95: 50 }), base),
    resultsApi: withRatio(stats("api", { reqPerSec: 500, p95: 99.9 }), base),
    home: stats("home", { p95: 199 }),
    caseload: stats("caseload", { p95: 150 }),
    saveSame: stats("save same", { connections: 10, p95: 149 }),
    saveDifferent: stats("save different", { connections: 10, p95: 100 }),
    lostUpdates: 0,
    dashboardDemoP95: 40,
    dashboardScaledP95: 50,
    queries: { dashboard: 3, home: 10 },
    dashboardJsGzipBytes: 249_000,
    import100kSeconds: 20,
  };
};

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const v = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(percentile(v, 0.5)).toBe(50);
    expect(percentile(v, 0.95)).toBe(95);
    expect(percentile(v, 0.99)).toBe(99);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.95)).toBe(0);
  });
});

describe("summarise and withRatio", () => {
  it("turns response times into req/s and percentiles, and relates them to the baseline", () => {
    const s = summarise("x", [1, 2, 3, 4, 100], { connections: 5, seconds: 2, errors: 1 });
    expect(s).toMatchObject({ requests: 5, reqPerSec: 2.5, p50: 3, p95: 100, errors: 1 });
    expect(withRatio(s, stats("static", { reqPerSec: 10 })).ratioToStatic).toBe(0.25);
  });
});

describe("countLostUpdates", () => {
  const versions = (start: number, end: number) => new Map([["a", { start, end }]]);
  it("is 0 when every success moved the version once and conflicts moved nothing", () => {
    const outcomes = [
      { initiativeId: "a", baseVersion: 1, result: "saved" as const },
      { initiativeId: "a", baseVersion: 1, result: "conflict" as const },
      { initiativeId: "a", baseVersion: 2, result: "saved" as const },
    ];
    expect(countLostUpdates(outcomes, versions(1, 3))).toBe(0);
  });
  it("counts two successes from the same version as a lost update", () => {
    const outcomes = [
      { initiativeId: "a", baseVersion: 1, result: "saved" as const },
      { initiativeId: "a", baseVersion: 1, result: "saved" as const },
    ];
    expect(countLostUpdates(outcomes, versions(1, 2))).toBe(2);
  });
  it("counts successes the final version does not account for", () => {
    expect(countLostUpdates([{ initiativeId: "a", baseVersion: 1, result: "saved" }], versions(1, 1))).toBe(1);
  });
});

describe("verdicts", () => {
  it("passes every target within its limit", () => {
    const v = verdicts(passing());
    expect(v.length).toBe(13);
    expect(v.filter((x) => !x.pass)).toEqual([]);
  });
  it("counts a page's first request after a start against the query limit too", () => {
    const m = passing();
    m.coldQueries = { "home (scaled)": 10 };
    const ok = verdicts(m).find((x) => x.target === "≤ 10 database queries per page")!;
    expect(ok.pass).toBe(true);
    expect(ok.value).toContain("first request after a start: home (scaled) 10");
    m.coldQueries = { "home (scaled)": 11 };
    expect(verdicts(m).find((x) => x.target === "≤ 10 database queries per page")!.pass).toBe(false);
  });

  it("fails each target just past its limit", () => {
    const m = passing();
    m.dashboard = withRatio(stats("dashboard", { reqPerSec: 499, p95: 100 }), m.static);
    m.home = stats("home", { p95: 200 });
    m.saveSame = stats("save same", { connections: 10, p95: 150 });
    m.lostUpdates = 1;
    m.dashboardScaledP95 = 60; // 1.5× of 40
    m.queries = { home: 11 };
    m.dashboardJsGzipBytes = 250_000;
    m.import100kSeconds = 60;
    const failed = verdicts(m).filter((x) => !x.pass).map((x) => x.target);
    expect(failed).toEqual([
      "dashboard: ≥ 50% of static req/s",
      "dashboard: p95 < 100 ms at 20 connections",
      "home: p95 < 200 ms at 20 connections",
      "save same: p95 < 150 ms with 10 writers",
      "initiative saves: 0 lost updates",
      "dashboard p95 on 10× data < 1.5× demo",
      "≤ 10 database queries per page",
      "dashboard JavaScript < 250 kB gzip",
      "100,000-row import < 60 s",
    ]);
  });
  it("reports PASS/FAIL per target and a closing count", () => {
    const m = passing();
    m.lostUpdates = 3;
    const text = formatReport(m, verdicts(m));
    expect(text).toContain("FAIL  initiative saves: 0 lost updates — 3");
    expect(text).toContain("PASS  100,000-row import < 60 s — 20.0 s");
    expect(text.trim().split("\n").at(-1)).toBe("12 passed, 1 failed");
  });

  it("shows the informational runs (each rendered) in the table, without a target of their own", () => {
    const m = passing();
    const without = formatReport(m, verdicts(m));
    m.homeRendered = { ...m.home, name: "municipality home, each rendered", reqPerSec: 95, p95: 280 };
    const text = formatReport(m, verdicts(m));
    expect(without).not.toContain("each rendered");
    expect(text).toMatch(/^municipality home, each rendered\s+20\s+95\s+[\d.]+\s+280\.0/m);
    expect(verdicts(m)).toHaveLength(verdicts(passing()).length);
  });
});
