// Lighthouse in a real browser (Debian's chromium, CHROME_PATH), one page at a time, with the default
// (mobile) profile: performance, accessibility and best-practices scores, LCP and TBT. Signed-in pages get
// the user's session cookie as an extra header on every request.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { LighthouseScore } from "./report";

export type LighthousePage = { page: string; url: string; cookie?: string };

const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;

const pct = (s: number | null | undefined) => (typeof s === "number" ? Math.round(s * 100) : null);
const ms = (v: number | undefined) => (typeof v === "number" ? Math.round(v) : null);

export async function runLighthouse(pages: readonly LighthousePage[], log: (m: string) => void = () => {}): Promise<LighthouseScore[]> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || "/usr/bin/chromium", chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  const out: LighthouseScore[] = [];
  try {
    for (const p of pages) {
      try {
        const result = await lighthouse(p.url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
          ...(p.cookie ? { extraHeaders: { Cookie: p.cookie } } : {}),
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error("Lighthouse returned no result");
        // Audits that cost points (a11y and best practices: any below 1; performance: the metrics), to say why.
        const failed = CATEGORIES.flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? [])
            .filter((r) => r.weight > 0)
            .map((r) => lhr.audits[r.id]!)
            .filter((a) => typeof a.score === "number" && a.score < (c === "performance" ? 0.9 : 1))
            .map((a) => `${a.id}${a.displayValue ? ` ${a.displayValue}` : ""}`),
        );
        const score: LighthouseScore = {
          page: p.page,
          url: p.url,
          performance: pct(lhr.categories.performance?.score),
          accessibility: pct(lhr.categories.accessibility?.score),
          bestPractices: pct(lhr.categories["best-practices"]?.score),
          lcpMs: ms(lhr.audits["largest-contentful-paint"]?.numericValue),
          tbtMs: ms(lhr.audits["total-blocking-time"]?.numericValue),
          ...(failed.length ? { failedAudits: failed } : {}),
          ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
          ...(lhr.finalDisplayedUrl !== p.url ? { finalUrl: lhr.finalDisplayedUrl } : {}),
        };
        out.push(score);
        log(`${p.page}: performance ${score.performance}, accessibility ${score.accessibility}, best practices ${score.bestPractices}, LCP ${score.lcpMs} ms, TBT ${score.tbtMs} ms`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        out.push({ page: p.page, url: p.url, performance: null, accessibility: null, bestPractices: null, lcpMs: null, tbtMs: null, error: message });
        log(`${p.page}: failed — ${message}`);
      }
    }
  } finally {
    chrome.kill();
  }
  return out;
}
