import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";

test.describe("home page", () => {
  test("explains the portal in Dutch, with the five tracks and eight pillars", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samen gezondheidsachterstanden verkleinen");
    await expect(page.getByRole("link", { name: "GezondIn portaal" })).toBeVisible();

    const tracks = page.getByRole("region", { name: "De vijf sporen" }).getByRole("listitem");
    await expect(tracks).toHaveCount(5);
    await expect(tracks.first()).toContainText("Fysieke omgeving");
    const pillars = page.getByRole("region", { name: "De acht pijlers" }).getByRole("listitem");
    await expect(pillars).toHaveCount(8);
    await expect(pillars.first()).toContainText("Burgers zijn hoofdrolspelers");

    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Gemeenten" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Landelijk" })).toBeVisible();

    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText(
      "Bron: CBS – CBS Gebiedsindelingen 2025 (via PDOK) en StatLine tabel 03759ned; vereenvoudigde kaart via cartomap/nl (Edwin de Jonge). Licentie CC BY 4.0.",
    );
    await expect(footer.getByText("Demogegevens", { exact: true })).toBeVisible();

    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "home-nl");
  });

  test("switches to English and back, keeping the URL", async ({ page }) => {
    await page.goto("/gemeenten");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveURL(/\/gemeenten$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("GIDS municipalities");
    await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Municipalities" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reducing health inequalities together");
    await expect(page.getByRole("contentinfo")).toContainText("Source: CBS – CBS Gebiedsindelingen 2025");
    await expect(page.getByRole("contentinfo").getByText("Demo data", { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "home-en");

    await page.getByRole("button", { name: "Wissel naar Nederlands" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samen gezondheidsachterstanden verkleinen");
  });

  test("has a skip link to the main content as the first stop for the keyboard", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Direct naar de inhoud" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("shows a Dutch not-found page for an unknown address", async ({ page }) => {
    const response = await page.goto("/bestaat-niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
    await expect(page.getByRole("link", { name: "Naar de startpagina" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
