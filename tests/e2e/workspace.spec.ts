import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { signIn } from "./auth-helpers";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";

// Helmond's civil servant (demo data): the municipality home, the approach editor with year comparison,
// the council summary and the XLSX export.
const HOME = "/gemeenten/GM0794";

test.describe("municipality workspace", () => {
  // Journeys with axe checks on several pages; generous, as the machine may be busy with other builds.
  test.describe.configure({ timeout: 90_000 });

  test("home: approach at a glance, tracks next to peers and all GIDS municipalities, the matrix", async ({ page }) => {
    await signIn(page, "helmond@gezondin.example");
    await expect(page).toHaveURL(HOME);
    await expect(page.getByRole("heading", { level: 1, name: "Helmond in één oogopslag" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Lokale aanpak \d{4}$/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Vragenlijst 2026" })).toBeVisible();
    await expect(page.getByText("Ingediend", { exact: false }).first()).toBeVisible();
    const tracks = page.getByRole("table", { name: /De vijf sporen/ });
    await expect(tracks.getByRole("rowheader")).toHaveCount(5);
    await expect(tracks.getByText(/%/).first()).toBeVisible();
    await expect(page.getByRole("table", { name: /Aantal lopende initiatieven per spoor/ })).toBeVisible();
    await expect(page.getByText(/Laatst bijgewerkt op/).filter({ visible: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "workspace-home");
  });

  test("approach: update, then see the change when comparing two years", async ({ page }) => {
    await signIn(page, "helmond@gezondin.example");
    await page.goto(`${HOME}/aanpak`);
    await expect(page.getByRole("heading", { level: 1, name: /^Lokale aanpak \d{4}$/ })).toBeVisible();
    const story = page.getByLabel("Het verhaal achter de cijfers").filter({ visible: true });
    const text = `Het preventieakkoord is ondertekend door 70 partners (${Date.now()}).`;
    await story.fill(text);
    await page.getByRole("radio", { name: "Integrale, domeinoverstijgende aanpak" }).check();
    await page.getByRole("button", { name: "Aanpak opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: /is opgeslagen/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "workspace-approach");

    await page.reload();
    await expect(page.getByLabel("Het verhaal achter de cijfers").filter({ visible: true })).toHaveValue(text);

    await page.getByRole("link", { name: "Jaren vergelijken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Twee jaren vergelijken" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText(/onderdelen? veranderd|Geen verschillen/);
    await expect(page.getByRole("row", { name: /Verhaal achter de cijfers/ })).toContainText(text);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "workspace-approach-compare");
  });

  test("council summary prints on one page and the export downloads as a readable XLSX", async ({ page }) => {
    await signIn(page, "helmond@gezondin.example");
    await page.goto(`${HOME}/samenvatting`);
    await expect(page.getByRole("heading", { level: 1, name: "Raadssamenvatting Helmond" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "workspace-summary");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("button", { name: /Afdrukken/ })).toBeHidden();
    await screenshot(page, "workspace-summary-print");
    // Printed to A4 it is one page (Chromium's PDF output: count the page objects).
    const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.emulateMedia({ media: "screen" });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /downloaden \(Excel\)/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^gezondin-GM0794-helmond-\d{4}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Aanpak", "Initiatieven"]);
    const sheet = wb.getWorksheet("Initiatieven")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Titel");
    expect(sheet.rowCount).toBeGreaterThan(3);
  });

  test("the assigned adviser sees the workspace read only, in English too", async ({ page }) => {
    await signIn(page, "adviseur8@gezondin.example"); // Helmond's adviser in the demo data
    await page.goto(`${HOME}/aanpak`);
    await expect(page.getByText("U kunt deze werkruimte bekijken, niet wijzigen.").filter({ visible: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Aanpak opslaan" })).toHaveCount(0);
    await expect(page.getByRole("table", { name: /^Lokale aanpak \d{4}$/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "workspace-approach-adviser");
    await page.goto(`${HOME}/initiatieven`);
    await expect(page.getByRole("link", { name: "Nieuw initiatief" })).toHaveCount(0);
    await page.getByRole("table", { name: "Initiatieven" }).getByRole("link").first().click();
    await expect(page.getByRole("button", { name: "Wijzigingen opslaan" })).toHaveCount(0);
    await expect(page.getByText("Wie mag dit initiatief zien?").filter({ visible: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "workspace-initiative-adviser");

    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en"); // the cookie is set once the page re-renders
    await page.goto(HOME);
    await expect(page.getByRole("heading", { level: 1, name: "Helmond at a glance" })).toBeVisible();
    await expect(page.getByRole("table", { name: /The five tracks/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "workspace-home-en");
  });

  test("another municipality's workspace and VWS get the not-found page", async ({ page, browser }) => {
    await signIn(page, "helmond@gezondin.example");
    await page.goto("/gemeenten/GM0114");
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    await expect(page.getByText("Emmen").filter({ visible: true })).toHaveCount(0);
    const vws = await browser.newPage();
    await signIn(vws, "vws@gezondin.example");
    await vws.goto(HOME);
    await expect(vws.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    await vws.close();
  });
});
