import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { signIn } from "./auth-helpers";
import { expectNoSeriousA11yViolations, screenshot, expectNotFoundPage } from "./helpers";

// /initiatieven: other municipalities' initiatives. Anonymous visitors see public examples only; Helmond's
// civil servant also sees what municipalities share with the GIDS network; private ones stay a 404.
const LIST = "/initiatieven";

const results = (page: Page) => page.getByRole("list", { name: "Gevonden initiatieven" });
const cards = (page: Page) => results(page).getByRole("article");
const countHeading = (page: Page) => page.getByRole("heading", { level: 2, name: /initiatie(f|ven) gevonden/ });

async function total(page: Page): Promise<number> {
  return Number(((await countHeading(page).textContent()) ?? "").replace(/\D/g, ""));
}

/** The detail path of the first card that matches (searching a few pages), for another municipality than Helmond. */
async function findCard(page: Page, badge: string): Promise<{ href: string; title: string }> {
  for (let p = 1; p <= 5; p++) {
    await page.goto(`${LIST}?pagina=${p}`);
    const card = cards(page).filter({ hasText: badge }).filter({ hasNotText: "Helmond" }).first();
    if (await card.count()) {
      const link = card.getByRole("heading").getByRole("link");
      return { href: (await link.getAttribute("href"))!, title: (await link.textContent())! };
    }
  }
  throw new Error(`no "${badge}" initiative of another municipality on the first pages`);
}

async function anonymousPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

const detailValue = (page: Page, term: string): Locator => page.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");

test.describe("/initiatieven", () => {
  test.describe.configure({ timeout: 90_000 });

  test("anonymous visitors see only public examples", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Initiatieven" }).click();
    await expect(page).toHaveURL(/\/initiatieven$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Initiatieven");
    await expect(page.getByText(/^Openbare voorbeelden:/).filter({ visible: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Inloggen", exact: true }).first()).toBeVisible();
    expect(await total(page)).toBeGreaterThan(20);
    await expect(cards(page)).toHaveCount(20);
    // Nobody's workspace opens for a visitor: municipality names are plain text, not links.
    await expect(results(page).locator('a[href^="/gemeenten/"]')).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Paginering" }).getByRole("link", { name: "Pagina 1", exact: true })).toHaveAttribute("aria-current", "page");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "network-anonymous");

    await cards(page).first().getByRole("heading").getByRole("link").click();
    await expect(page).toHaveURL(/\/initiatieven\/[0-9a-f-]{36}$/);
    await expect(detailValue(page, "Gedeeld met")).toHaveText("Iedereen (openbaar)");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "network-anonymous-detail");
  });

  test("Helmond's civil servant sees network initiatives of other municipalities, filters by track and opens one", async ({ page, browser }) => {
    await signIn(page, "helmond@gezondin.example");
    await page.goto(LIST);
    await expect(page.getByText("Initiatieven die gemeenten met het GIDS-netwerk delen, en die van uw eigen gemeente.").filter({ visible: true })).toBeVisible();
    const all = await total(page);
    const shared = await findCard(page, "GIDS-netwerk");

    // Anonymous visitors get neither the card nor the page of a network initiative.
    const visitor = await anonymousPage(browser);
    await visitor.goto(`${LIST}?zoek=${encodeURIComponent(shared.title)}`);
    await expect(countHeading(visitor)).toBeVisible();
    await expect(results(visitor).locator(`a[href="${shared.href}"]`)).toHaveCount(0);
    await visitor.goto(shared.href);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");

    // Filter by track through the URL: the form shows the filter, every card has the track.
    await page.goto(`${LIST}?spoor=PARTICIPATION`);
    await expect(page.getByLabel("Spoor").filter({ visible: true })).toHaveValue("PARTICIPATION");
    const filtered = await total(page);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    for (const tracks of await cards(page).locator("dt", { hasText: "Sporen" }).locator("xpath=following-sibling::dd[1]").allTextContents()) {
      expect(tracks).toContain("Participatie");
    }
    await page.getByRole("navigation", { name: "Paginering" }).getByRole("link", { name: "Volgende pagina" }).click();
    await expect(page).toHaveURL(/spoor=PARTICIPATION&pagina=2/);
    await expect(page.getByLabel("Spoor").filter({ visible: true })).toHaveValue("PARTICIPATION");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "network-helmond-track");

    await page.goto(shared.href);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(shared.title);
    await expect(detailValue(page, "Gedeeld met")).toHaveText("GIDS-netwerk");
    // Another municipality's workspace is not Helmond's to open: its name is not a link.
    await expect(detailValue(page, "Gemeente").getByRole("link")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "network-helmond-detail");
    await page.getByRole("link", { name: "Terug naar de initiatieven" }).click();
    await expect(page).toHaveURL(/\/initiatieven$/);
  });

  test("another municipality's private initiative gives the Dutch not-found page", async ({ page, browser }) => {
    const admin = await anonymousPage(browser);
    await signIn(admin, "admin@gezondin.example");
    const hidden = await findCard(admin, "Alleen de eigen gemeente");
    await signIn(page, "helmond@gezondin.example");
    await expectNotFoundPage(page, hidden.href);
    await page.goto(`${LIST}?zoek=${encodeURIComponent(hidden.title)}`);
    await expect(countHeading(page)).toBeVisible();
    await expect(results(page).locator(`a[href="${hidden.href}"]`)).toHaveCount(0);
  });
});
