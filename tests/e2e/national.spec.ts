import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";

test.describe("/landelijk", () => {
  test("shows the 2021 round with the published figures", async ({ page }) => {
    await page.goto("/landelijk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Landelijke cijfers");
    const rounds = page.getByRole("navigation", { name: "Meetronde" });
    await expect(rounds.getByRole("link", { name: "Ronde 2021" })).toHaveAttribute("aria-current", "page");

    const figures = page.getByRole("region", { name: "Ronde 2021 in cijfers" });
    await expect(figures.getByRole("definition").nth(2)).toHaveText("67%");

    const tracks = page.getByRole("table", { name: /Welke sporen hebben een plek/ });
    await expect(tracks.getByRole("row", { name: /Fysieke omgeving/ })).toContainText("70%");
    await expect(tracks).toContainText(/Gebaseerd op \d+ respondenten/);

    const funding = page.getByRole("table", { name: /Waaruit wordt het budget/ });
    await expect(funding.getByRole("row", { name: /Gemeentelijke begroting/ })).toContainText("79%");

    const helped = page.getByRole("table", { name: /ontwikkelen van een integrale aanpak/ });
    await expect(helped.getByRole("row", { name: "Geholpen of sterk geholpen" })).toContainText("96%");

    const lowSes = page.getByRole("table", { name: /inwoners met een lage SES/ });
    await expect(lowSes.getByRole("row", { name: /^Ja/ })).toContainText("78%");

    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "landelijk-2021");
  });

  test("switches rounds through ?ronde=", async ({ page }) => {
    await page.goto("/landelijk");
    await page.getByRole("navigation", { name: "Meetronde" }).getByRole("link", { name: "Ronde 2015" }).click();
    await expect(page).toHaveURL(/ronde=2015/);
    await expect(page.getByRole("heading", { name: "Ronde 2015 in cijfers" })).toBeVisible();
    const tracks = page.getByRole("table", { name: /Welke sporen hebben een plek/ });
    await expect(tracks.getByRole("row", { name: /Fysieke omgeving/ })).toContainText("59%");
    await screenshot(page, "landelijk-2015");
  });

  test("shows the not-found page for a round that does not exist", async ({ page }) => {
    // The page streams behind loading.tsx, so the status line (200) is sent before notFound() runs;
    // Next then renders the not-found page with a noindex robots tag.
    await page.goto("/landelijk?ronde=1999");
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  });
});
