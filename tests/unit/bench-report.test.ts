import { describe, expect, it } from "vitest";
import {
  countLostUpdates,
  firstViewStatement,
  formatReport,
  htmlEscape,
  ownPageProblems,
  percentile,
  summarise,
  verdicts,
  withRatios,
  type LighthouseScore,
  type LoadStats,
  type Measurements,
} from "../../scripts/bench/report";

const stats = (name: string, o: Partial<LoadStats> = {}): LoadStats => ({
  name, connections: 20, seconds: 10, users: 20, requests: 1000, reqPerSec: 100, p50: 10, p95: 20, p99: 30, errors: 0, ...o,
});

const lh = (page: string, o: Partial<LighthouseScore> = {}): LighthouseScore => ({
  page, url: `http://127.0.0.1/${page}`, performance: 95, accessibility: 100, bestPractices: 100, lcpMs: 1800, tbtMs: 40, ...o,
});

const passing = (): Measurements => {
  const staticPage = stats("static", { reqPerSec: 5000, users: 0 });
  const minimal = stats("minimal", { reqPerSec: 400 });
  const rel = (s: LoadStats) => withRatios(s, staticPage, minimal);
  return {
    static: staticPage,
    minimal: rel(minimal),
    pages: {
      dashboard: rel(stats("dashboard", { reqPerSec: 200, p95: 249.9 })),
      home: rel(stats("home", { reqPerSec: 250, p95: 120 })),
      caseload: rel(stats("caseload", { reqPerSec: 300, p95: 100 })),
    },
    single: {
      dashboard: stats("dashboard", { connections: 1, p95: 49.9 }),
      home: stats("home", { connections: 1, p95: 30 }),
      caseload: stats("caseload", { connections: 1, p95: 20 }),
    },
    demo: {
      dashboard: stats("dashboard demo", { p95: 200 }),
      home: stats("home demo", { p95: 100 }),
      caseload: stats("caseload demo", { p95: 70 }),
    },
    saveSame: stats("save same", { connections: 10, users: 1, p95: 149 }),
    saveDifferent: stats("save different", { connections: 10, users: 1, p95: 100 }),
    lostUpdates: 0,
    queries: { "dashboard (scaled)": 3, "home (scaled)": 10 },
    coldQueries: { "dashboard (scaled)": 8, "home (scaled)": 10 },
    dashboardJsGzipBytes: 199_000,
    import100kSeconds: 20,
    lighthouse: [lh("login page"), lh("national dashboard"), lh("municipality home"), lh("adviser caseload"), lh("initiative form")],
    firstViews: { users: { minimal: 30, dashboard: 2, home: 20, caseload: 8 }, checked: 120, freshChecked: 8, problems: [] },
  };
};

const failed = (m: Measurements) => verdicts(m).filter((x) => !x.pass).map((x) => x.target);

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

describe("summarise and withRatios", () => {
  it("turns response times into req/s and percentiles, and relates them to both baselines", () => {
    const s = summarise("x", [1, 2, 3, 4, 100], { connections: 5, seconds: 2, errors: 1, users: 3 });
    expect(s).toMatchObject({ requests: 5, reqPerSec: 2.5, p50: 3, p95: 100, errors: 1, users: 3 });
    const r = withRatios(s, stats("static", { reqPerSec: 10 }), stats("minimal", { reqPerSec: 5 }));
    expect(r.ratioToStatic).toBe(0.25);
    expect(r.ratioToMinimal).toBe(0.5);
    expect(withRatios(s, stats("static", { reqPerSec: 0 }), stats("minimal", { reqPerSec: 0 }))).toMatchObject({ ratioToStatic: 0, ratioToMinimal: 0 });
  });
});

describe("ownPageProblems", () => {
  it("accepts a 200 that shows every text of the user's own page, HTML-escaped as React writes it", () => {
    expect(htmlEscape(`Jan 't Hart & <Co> "x"`)).toBe("Jan &#x27;t Hart &amp; &lt;Co&gt; &quot;x&quot;");
    expect(ownPageProblems(200, "<span>Jan &#x27;t Hart</span><h1>Súdwest-Fryslân in één oogopslag</h1>", ["Jan 't Hart", "Súdwest-Fryslân"])).toEqual([]);
  });
  it("names each missing text, and a status other than 200", () => {
    expect(ownPageProblems(200, "<span>Anouk Jansen</span><h1>Helmond</h1>", ["Bart de Vries", "Helmond"])).toEqual(['does not show "Bart de Vries"']);
    expect(ownPageProblems(307, "Bart de Vries", ["Bart de Vries"])).toEqual(["answered 307"]);
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
    expect(v.length).toBe(24);
    expect(v.filter((x) => !x.pass)).toEqual([]);
  });

  it("fails each load target just past its limit", () => {
    const m = passing();
    const rel = (s: LoadStats) => withRatios(s, m.static, m.minimal);
    m.pages.dashboard = rel(stats("dashboard", { reqPerSec: 199.9, p95: 200 })); // 0.49975× of 400
    m.pages.home = rel(stats("home", { reqPerSec: 250, p95: 250 }));
    m.single.caseload = stats("caseload", { connections: 1, p95: 50 });
    m.saveSame = stats("save same", { connections: 10, p95: 150 });
    m.lostUpdates = 1;
    m.demo.home = stats("home demo", { p95: 200 }); // 1.25×: only the p95 fails
    m.pages.caseload = rel(stats("caseload", { reqPerSec: 300, p95: 90 }));
    m.demo.caseload = stats("caseload demo", { p95: 60 }); // exactly 1.5×
    expect(failed(m)).toEqual([
      "national dashboard: ≥ 0.5× the minimal dynamic page's req/s",
      "municipality home: p95 < 250 ms at 20 connections",
      "adviser caseload: p95 < 50 ms at 1 connection",
      "save same: p95 < 150 ms with 10 writers",
      "initiative saves: 0 lost updates",
      "adviser caseload: p95 on 10× data < 1.5× demo",
    ]);
  });

  it("fails the latency and growth targets of a run without answers or with errors (timeouts leave no latency)", () => {
    const m = passing();
    const rel = (s: LoadStats) => withRatios(s, m.static, m.minimal);
    m.pages.dashboard = rel(stats("dashboard", { reqPerSec: 300, requests: 0, p95: 0, errors: 20 }));
    m.single.home = stats("home", { connections: 1, p95: 10, errors: 1 });
    m.saveDifferent = stats("save different", { connections: 10, requests: 0, p95: 0 });
    expect(failed(m)).toEqual([
      "every measured request a first view: each user's own page, 200, no error",
      "national dashboard: p95 < 250 ms at 20 connections",
      "municipality home: p95 < 50 ms at 1 connection",
      "save different: p95 < 150 ms with 10 writers",
      "national dashboard: p95 on 10× data < 1.5× demo",
    ]);
    expect(verdicts(m).find((x) => x.target === "national dashboard: p95 < 250 ms at 20 connections")!.value).toBe("0.0 ms (0 answers, 20 errors)");
  });

  it("compares the pages with the minimal dynamic page, not with the static one", () => {
    const m = passing();
    // 300 req/s is 6% of the static page but 0.75× the minimal page: passes.
    m.pages.home = withRatios(stats("home", { reqPerSec: 300 }), m.static, m.minimal);
    expect(failed(m)).toEqual([]);
    const v = verdicts(m).find((x) => x.target.startsWith("municipality home: ≥"))!;
    expect(v.value).toBe("0.75× (300 of 400 req/s; 0.060× static)");
  });

  it("fails the 1-connection target when the run had more connections", () => {
    const m = passing();
    m.single.home = stats("home", { connections: 20, p95: 10 });
    expect(failed(m)).toEqual(["municipality home: p95 < 50 ms at 1 connection"]);
    expect(verdicts(m).find((x) => x.target === "municipality home: p95 < 50 ms at 1 connection")!.value).toBe("10.0 ms (measured at 20 connections)");
  });

  it("counts every rendered request against the query limit, the first after a start too", () => {
    const m = passing();
    m.coldQueries = { "home (scaled)": 11 };
    expect(failed(m)).toEqual(["≤ 10 database queries per rendered request"]);
    m.coldQueries = { "home (scaled)": 10 };
    m.queries = { "caseload (demo)": 11 };
    expect(failed(m)).toEqual(["≤ 10 database queries per rendered request"]);
    m.queries = {};
    m.coldQueries = {};
    expect(failed(m)).toEqual(["≤ 10 database queries per rendered request"]); // nothing counted is no pass
  });

  it("fails the JavaScript, import and Lighthouse targets at their limits", () => {
    const m = passing();
    m.dashboardJsGzipBytes = 200_000;
    m.import100kSeconds = 60;
    m.lighthouse = [
      lh("login page", { performance: 94 }),
      lh("national dashboard", { accessibility: 99 }),
      lh("municipality home", { bestPractices: 96 }),
      lh("adviser caseload", { performance: null, error: "NO_FCP" }),
      lh("initiative form", { finalUrl: "http://127.0.0.1/login" }),
    ];
    expect(failed(m)).toEqual([
      "dashboard JavaScript < 200 kB gzip",
      "100,000-row import < 60 s",
      ...["login page", "national dashboard", "municipality home", "adviser caseload", "initiative form"].map(
        (p) => `Lighthouse ${p}: performance ≥ 95, accessibility 100, best practices 100`,
      ),
    ]);
    m.lighthouse = [];
    expect(failed(m)).toContain("Lighthouse");
  });

  it("fails the first-view target on a response not the user's own, on a load error, or with nothing checked", () => {
    const target = "every measured request a first view: each user's own page, 200, no error";
    const m = passing();
    m.firstViews.problems = ["home (scaled) x@gezondin.example /gemeenten/GM0003: does not show \"Anouk\""];
    expect(failed(m)).toEqual([target]);
    const e = passing();
    e.static = { ...e.static, errors: 1 }; // a run with no latency target of its own
    expect(failed(e)).toEqual([target]);
    const n = passing();
    n.firstViews.freshChecked = 0;
    expect(failed(n)).toEqual([target]);
    const c = passing();
    c.firstViews.checked = 0;
    expect(failed(c)).toEqual([target]);
  });
});

describe("formatReport", () => {
  it("prints every run with both ratios, the Lighthouse scores, how first views are guaranteed, PASS/FAIL and a count", () => {
    const m = passing();
    m.lostUpdates = 3;
    m.lighthouse[1] = lh("national dashboard", { performance: 91, lcpMs: 3120, tbtMs: 250, failedAudits: ["largest-contentful-paint 3.1 s"] });
    const text = formatReport(m, verdicts(m));
    expect(text).toMatch(/^home\s+20\s+20\s+250\s+10\.0\s+120\.0\s+30\.0\s+0\s+0\.05\s+0\.63\s*$/m);
    m.pages.caseload = { ...m.pages.caseload, serverCpuMsPerRequest: 41.26 };
    expect(formatReport(m, verdicts(m))).toMatch(/^caseload\s+20\s+8?\d*\s+300\s.*\s41\.3$/m);
    expect(text).toMatch(/^national dashboard\s+91\s+100\s+100\s+3,120\s+250$/m);
    expect(text).toContain("FAIL  initiative saves: 0 lost updates — 3");
    expect(text).toContain("FAIL  Lighthouse national dashboard: performance ≥ 95, accessibility 100, best practices 100 — 91 · 100 · 100 (LCP 3.12 s, TBT 250 ms) — losing points: largest-contentful-paint 3.1 s");
    expect(text).toContain("PASS  100,000-row import < 60 s — 20.0 s");
    expect(text).toContain(firstViewStatement(m));
    expect(text.trim().split("\n").at(-1)).toBe("22 passed, 2 failed");
  });

  it("states the users and checks the guarantee rests on", () => {
    const s = firstViewStatement(passing());
    expect(s).toContain("minimal 30, dashboard 2, home 20, caseload 8");
    expect(s).toContain("120 responses");
    expect(s).toContain("8 users were renamed");
  });
});
