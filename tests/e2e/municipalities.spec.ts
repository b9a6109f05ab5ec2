import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";

const countHeading = (page: import("@playwright/test").Page) =>
  page.getByRole("heading", { level: 2, name: /gemeenten? gevonden/ });

async function total(page: import("@playwright/test").Page): Promise<number> {
  const text = (await countHeading(page).textContent()) ?? "";
  return Number(text.replace(/\D/g, ""));
}

test.describe("/gemeenten", () => {
  test("lists the GIDS municipalities with a result count, 50 per page", async ({ page }) => {
    await page.goto("/gemeenten");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("GIDS-gemeenten");
    const count = await total(page);
    expect(count).toBeGreaterThan(100);
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(51); // header + 50
    await expect(page.getByRole("columnheader", { name: /Gemeente/ })).toHaveAttribute("aria-sort", "ascending");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "gemeenten");
  });

  test("filters by province through the URL", async ({ page }) => {
    await page.goto("/gemeenten");
    const all = await total(page);
    const province = page.getByLabel("Provincie").filter({ visible: true });
    const options = await province.locator("option").allTextContents();
    const choice = options.find((o) => o === "Groningen") ?? options[1]!;
    await province.selectOption({ label: choice });
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    await expect(page).toHaveURL(/provincie=PV\d+/);
    const filtered = await total(page);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    const provinceCells = page.getByRole("table").locator("tbody tr td:nth-child(2)");
    for (const text of await provinceCells.allTextContents()) expect(text).toBe(choice);
    await expect(province).toHaveValue(/PV\d+/);
  });

  test("paginates with an accessible pagination nav", async ({ page }) => {
    await page.goto("/gemeenten");
    const pagination = page.getByRole("navigation", { name: "Paginering" });
    await expect(pagination.getByRole("link", { name: "Pagina 1" })).toHaveAttribute("aria-current", "page");
    const firstOnPage1 = await page.locator("tbody tr th").first().textContent();
    await pagination.getByRole("link", { name: "Volgende pagina" }).click();
    await expect(page).toHaveURL(/pagina=2/);
    await expect(pagination.getByRole("link", { name: "Pagina 2" })).toHaveAttribute("aria-current", "page");
    await expect(page.locator("tbody tr th").first()).not.toHaveText(firstOnPage1 ?? "");
    await expect(pagination.getByRole("link", { name: "Vorige pagina" })).toBeVisible();
  });

  test("sorts by name in both directions", async ({ page }) => {
    await page.goto("/gemeenten");
    await page.getByRole("link", { name: /Sorteer op naam, Z tot A/ }).click();
    await expect(page).toHaveURL(/sorteer=naam-za/);
    await expect(page.getByRole("columnheader", { name: /Gemeente/ })).toHaveAttribute("aria-sort", "descending");
    const names = await page.locator("tbody tr th").allTextContents();
    expect(names.length).toBeGreaterThan(1);
    expect(names[0]! >= names.at(-1)!).toBe(true);
  });

  test("shows an empty state when nothing matches", async ({ page }) => {
    await page.goto("/gemeenten?zoek=qqqxxxzzz");
    await expect(countHeading(page)).toHaveText("Geen gemeenten gevonden");
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByLabel("Zoek op naam").filter({ visible: true })).toHaveValue("qqqxxxzzz");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "gemeenten-leeg");
    await page.getByRole("link", { name: "Toon alle GIDS-gemeenten" }).click();
    await expect(page).toHaveURL(/\/gemeenten$/);
    expect(await total(page)).toBeGreaterThan(100);
  });
});
