import { expect, test } from "@playwright/test";
import { signIn } from "./auth-helpers";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";

// Importing answers: a file with errors shows them all (nothing written), the corrected file imports.
const HEADER = "round,gemeentecode,question,answer";
const good = [HEADER, "2021,GM0794,approach.stage,INTEGRATED", "2021,GM0794,residents.low_ses_involved,yes", "2021,GM0114,approach.tracks,PHYSICAL_ENVIRONMENT|PARTICIPATION"];
const bad = [HEADER, "2021,GM0794,approach.stage,EVERYWHERE", "2021,GM9999,residents.low_ses_involved,yes", "2021,GM0114,approach.tracks,PHYSICAL_ENVIRONMENT|PARTICIPATION", "2021,GM0114,approach.tracks,PARTICIPATION"];
const file = (name: string, lines: string[]) => ({ name, mimeType: "text/csv", buffer: Buffer.from(lines.join("\n") + "\n") });

test.describe("import answers (admin)", () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(120_000); // several axe runs per journey on a shared 2-core machine
    await signIn(page, "admin@gezondin.example");
  });

  test("a file with errors shows them; the fixed file imports", async ({ page }) => {
    await page.goto("/beheer/import");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Antwoorden importeren");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "import-start");

    await page.getByLabel("Bestand (.csv of .xlsx)").filter({ visible: true }).setInputFiles(file("antwoorden-fout.csv", bad));
    await page.getByRole("button", { name: "Bestand controleren" }).click();
    await expect(page).toHaveURL(/\/beheer\/import\/[0-9a-f-]{36}/);
    await expect(page.getByRole("heading", { name: "3 fouten" })).toBeVisible();
    const errors = page.getByRole("table", { name: /Fouten, pagina 1 van 1/ });
    await expect(errors.getByRole("row", { name: /^2 / })).toContainText("Onbekende optie");
    await expect(errors.getByRole("row", { name: /^3 / })).toContainText("Onbekende gemeentecode");
    await expect(errors.getByRole("row", { name: /^5 / })).toContainText("al in regel 4");
    await expect(page.getByRole("button", { name: "Importeren" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "import-errors");

    // The national figures of 2021 as the read API serves them (from the national cache) before the import.
    const results = async () => (await (await page.request.get("/api/v1/rounds/2021/results")).json()) as { respondents: number; questions: unknown[] };
    const before = await results();

    await page.getByRole("link", { name: "Terug naar importeren" }).click();
    await page.getByLabel("Bestand (.csv of .xlsx)").filter({ visible: true }).setInputFiles(file("antwoorden.csv", good));
    await page.getByRole("button", { name: "Bestand controleren" }).click();
    await expect(page.getByText("Klaar om te importeren").filter({ visible: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Wat er verandert" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "import-preview");

    await page.getByRole("button", { name: "Importeren" }).click();
    await page.getByRole("button", { name: "Ja, importeren" }).click();
    await expect(page.getByText("Geïmporteerd", { exact: true }).filter({ visible: true })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("heading", { name: "Wat er is geïmporteerd" })).toBeVisible();
    await screenshot(page, "import-done");

    // The imported answers count in the national figures at once: no stale cache, no restart.
    const after = await results();
    expect(after.respondents).toBeGreaterThanOrEqual(before.respondents);
    expect(after.questions).not.toEqual(before.questions);
  });

  test("the municipalities page lists GIDS status and offers the list imports", async ({ page }) => {
    await page.goto("/beheer/gemeenten");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gemeenten");
    await page.getByLabel("Bestand (.csv)").filter({ visible: true }).first().setInputFiles(file("gids.csv", ["gemeentecode,jaar", "GM0794,2014", "GM9999,2014"]));
    await page.getByRole("form", { name: "GIDS-lijst importeren" }).getByRole("button", { name: "Bestand controleren" }).click();
    await expect(page.getByText("Onbekende gemeentecode.").filter({ visible: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "municipality-admin");
    const api = await page.request.get("/api/v1/municipalities?gids=true");
    expect(api.ok()).toBe(true);
    expect(((await api.json()) as { count: number }).count).toBeGreaterThan(100);
  });
});
