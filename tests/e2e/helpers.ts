import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Runs axe (WCAG 2 A and AA) and fails on serious or critical violations, listing them readably. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // After a client-side navigation the title arrives with the streamed metadata: let the page settle (a page
  // that never gets a title still fails here) instead of auditing a document half-way through its update.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, serious.join("\n")).toEqual([]);
}

/** A full-page screenshot for design review, in test-results/screens/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/**
 * The Dutch not-found page, for an address the viewer may not see. Pages stream after their prerendered
 * shell (decision 050), so a not-found decided by the data layer arrives with status 200 (the shell has been
 * sent) and Next's `noindex`; an unknown route keeps its 404. Either way: the not-found page, nothing else.
 */
export async function expectNotFoundPage(page: Page, path?: string): Promise<void> {
  if (path) await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Pagina niet gevonden");
  await expect(page.locator('meta[name="robots"][content~="noindex"]').first(), path).toBeAttached();
}
