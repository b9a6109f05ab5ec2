import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { signIn, signOutViaApi } from "./auth-helpers";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";

// The national dashboards as VWS sees them: overview with every published figure, a question broken down
// by province, the map by keyboard, and the CSV and XLSX downloads (parsed here).

const VWS = "vws@gezondin.example";

test.describe("national dashboards", () => {
  // axe and full-page screenshots of long pages take a while on a busy 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test.beforeEach(async ({ page }) => {
    await signIn(page, VWS);
  });

  test("the overview shows every published figure with its round, n and response rate", async ({ page }) => {
    await page.goto("/landelijk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Landelijke cijfers");
    await expect(page.getByRole("navigation", { name: "Meetronde" }).getByRole("link", { name: "Ronde 2021" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("region", { name: "Ronde 2021 in cijfers" }).getByRole("definition").nth(2)).toHaveText("67%");

    const table = page.getByRole("table", { name: /Kerncijfers in ronde 2021/ });
    const row = (name: RegExp) => table.getByRole("row", { name });
    await expect(row(/^Fysieke omgeving heeft een plek/)).toContainText("59% (2015; n = 112, respons 72%)");
    await expect(row(/^Fysieke omgeving heeft een plek/)).toContainText("70% (2021; n = 105, respons 67%)");
    await expect(row(/^Fysieke omgeving heeft een plek/)).toContainText("+11 procentpunt");
    for (const [name, pct] of [
      [/^Budget aangevuld uit de gemeentelijke begroting/, "79%"],
      [/^Budget aangevuld uit andere rijksregelingen/, "78%"],
      [/^Budget aangevuld uit fondsen/, "31%"],
      [/^Budget aangevuld met private middelen/, "6%"],
      [/^GezondIn hielp bij het ontwikkelen van een integrale aanpak/, "96%"],
      [/^GezondIn hielp sterk bij het ontwikkelen/, "21%"],
      [/^GezondIn hielp bij de inhoud van beleidsnota/, "95%"],
      [/^GezondIn hielp sterk bij de inhoud/, "19%"],
      [/^GezondIn hielp bij de koppeling/, "97%"],
      [/^GezondIn hielp sterk bij de koppeling/, "31%"],
      [/^Inwoners met een lage SES betrokken bij/, "78%"],
      [/^Inwoners met een lage SES niet betrokken/, "22%"],
      [/^Inwoners met een lage SES betrokken – grote gemeenten/, "91%"],
      [/^Aandacht voor monitoring en evaluatie/, "95%"],
      [/^Monitoring op het niveau van activiteiten/, "50%"],
      [/^Monitoring van gezondheidseffecten/, "34%"],
      [/^Monitoring op procesniveau/, "22%"],
      [/^Aandacht voor borging/, "100%"],
    ] as const) {
      await expect(row(name).getByRole("cell").first()).toContainText(pct);
      await expect(row(name)).toContainText(/\(2021; n = \d+, respons \d+%\)/);
    }
    await expect(row(/^Aandacht voor borging/)).toContainText("84% (2019; n = 122, respons 78%)");
    await expect(row(/^GIDS-middelen zijn zeer belangrijk/).getByRole("cell").first()).toContainText(/(7[6-9]|[89]\d)%/);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "national-overview");
  });

  test("switches rounds through ?ronde= and 404s an unknown round", async ({ page }) => {
    await page.goto("/landelijk");
    await page.getByRole("navigation", { name: "Meetronde" }).getByRole("link", { name: "Ronde 2015" }).click();
    await expect(page).toHaveURL(/ronde=2015/);
    await expect(page.getByRole("heading", { name: "Ronde 2015 in cijfers" })).toBeVisible();
    await page.goto("/landelijk?ronde=2026");
    await expect(page.getByText(/Ronde 2026 loopt nog: de cijfers zijn voorlopig/).filter({ visible: true })).toBeVisible();
    await page.goto("/landelijk?ronde=1999");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  });

  test("every question as a chart with its table twin and trend", async ({ page }) => {
    await page.goto("/landelijk/vragen?ronde=2021");
    const tracks = page.getByRole("region", { name: "Welke sporen hebben een plek in uw lokale aanpak van gezondheidsverschillen?" });
    await expect(tracks.getByRole("listitem").filter({ hasText: "Fysieke omgeving" })).toContainText("70%");
    await tracks.getByText("Tabel bij deze grafiek").first().click();
    await expect(tracks.getByRole("table").first().getByRole("row", { name: /Fysieke omgeving/ })).toContainText("70%");
    await expect(tracks.getByRole("img", { name: /Ontwikkeling over de rondes/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "national-questions");
  });

  test("a question broken down by province, small provinces withheld", async ({ page }) => {
    await page.goto("/landelijk/vragen?ronde=2021");
    await page.getByRole("region", { name: /inwoners met een lage SES/ }).getByRole("link", { name: /Uitsplitsen/ }).click();
    await expect(page).toHaveURL(/\/landelijk\/vragen\/residents\.low_ses_involved\?/);
    await page.getByLabel("Uitsplitsen naar").filter({ visible: true }).selectOption("province");
    await page.getByRole("button", { name: "Toon uitsplitsing" }).click();
    await expect(page).toHaveURL(/uitsplitsing=province/);
    const chart = page.getByRole("region", { name: /naar Provincie/ });
    await expect(chart.getByRole("listitem").filter({ hasText: /^Flevoland/ })).toContainText("te weinig antwoorden (n = 2");
    await expect(chart.getByRole("listitem").filter({ hasText: /^Noord-Brabant/ })).toContainText(/\d+%/);
    await expect(chart.getByText("Landelijk: 78%")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "national-breakdown-province");
  });

  test("the map: keyboard focus on a municipality shows its name and value", async ({ page }) => {
    await page.goto("/landelijk/kaart?ronde=2021&vraag=residents.low_ses_involved&optie=yes");
    const map = page.getByRole("group", { name: /Kaart van Nederland: Betrekt uw gemeente/ });
    await expect(map).toBeVisible();
    await page.getByLabel("Weergave").filter({ visible: true }).focus();
    await page.keyboard.press("Tab"); // the submit button
    await page.keyboard.press("Tab"); // into the map (one shape in the tab order)
    // The first municipality by name ('s-Gravenhage) holds the tab stop; focus shows its name and value.
    const focused = page.locator("path[data-code]:focus");
    await expect(focused).toHaveAttribute("aria-label", "'s-Gravenhage: GIDS-gemeente zonder ingediende vragenlijst");
    const tooltip = page.locator(".pointer-events-none.absolute.z-10");
    await expect(tooltip).toHaveText("'s-GravenhageGIDS-gemeente zonder ingediende vragenlijst");
    // Arrow keys move to the nearest municipality that way; the tooltip follows.
    await page.keyboard.press("ArrowRight");
    const next = (await focused.getAttribute("aria-label"))!;
    expect(next).not.toMatch(/^'s-Gravenhage/);
    const [name, value] = next.split(": ");
    await expect(tooltip).toContainText(name!);
    await expect(tooltip).toContainText(value!);
    expect(await page.locator('path[data-code][tabindex="0"]').count()).toBe(1);
    await page.locator("#m-GM0794").hover();
    await expect(tooltip).toContainText("Helmond");
    await expect(page.getByText(/CBS Gebiedsindelingen 2025/).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "national-map");
    await page.goto("/landelijk/kaart?ronde=2021&vraag=approach.tracks&optie=PHYSICAL_ENVIRONMENT&niveau=province");
    await expect(page.getByText("80% tot 100%").filter({ visible: true })).toBeVisible();
    await screenshot(page, "national-map-province");
  });

  test("downloads a chart as CSV and as XLSX", async ({ page }) => {
    await page.goto("/landelijk/vragen?ronde=2021");
    const card = page.getByRole("region", { name: "Welke sporen hebben een plek in uw lokale aanpak van gezondheidsverschillen?" });
    const [csv] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: /als CSV$/ }).first().click()]);
    expect(csv.suggestedFilename()).toBe("gezondin-vraag-approach.tracks-2021.csv");
    const rows = parse((await readFile((await csv.path())!, "utf8")).replace(/^\uFEFF/, ""), { relax_column_count: true }) as string[][];
    expect(rows[0]![0]).toBe("Titel");
    expect(rows[1]).toEqual(["Ronde", "2021"]);
    expect(rows[2]![1]).toContain("n = 105");
    expect(rows[3]![1]).toMatch(/^Bron:/);
    expect(rows.find((r) => r[0] === "Fysieke omgeving")).toEqual(["Fysieke omgeving", "73", "69.5"]);

    const [xlsx] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: /als Excel-bestand$/ }).first().click()]);
    expect(xlsx.suggestedFilename()).toBe("gezondin-vraag-approach.tracks-2021.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await xlsx.path())!);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A2").value).toBe("Ronde");
    const data = ws.getRows(8, 5)!.map((r) => [r.getCell(1).value, r.getCell(2).value]);
    expect(data).toContainEqual(["Fysieke omgeving", 73]);
  });

  test("programme figures from the logged data", async ({ page }) => {
    await page.goto("/landelijk/programma");
    await expect(page.getByRole("heading", { name: "Initiatieven per spoor" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Aanpakken die alle vijf sporen dekken" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "national-programme");
  });

  test("every request is rendered for its own viewer; signed out, the login", async ({ page, browser }) => {
    // No response is kept per user (decision 050): the same URL asked again renders again, for whoever asks.
    for (let i = 0; i < 3; i++) {
      const res = await page.request.get("/landelijk?ronde=2021");
      expect(res.status()).toBe(200);
      expect(res.headers()["x-gezondin-output"]).toBeUndefined();
      expect(await res.text()).toContain("Pieter de Boer"); // the signed-in user's own header
    }

    const other = await browser.newContext();
    const adminPage = await other.newPage();
    await signIn(adminPage, "admin@gezondin.example");
    const html = await (await adminPage.request.get("/landelijk?ronde=2021")).text();
    expect(html).toContain("Annelies Smit");
    expect(html).not.toContain("Pieter de Boer");
    await other.close();

    await signOutViaApi(page);
    const after = await page.request.get("/landelijk?ronde=2021", { maxRedirects: 0 });
    expect(after.status()).toBe(307);
    expect(after.headers()["location"]).toContain("/login");
  });
});

test.describe("national dashboards without signing in", () => {
  test("pages send to the login, the API answers 401", async ({ page, request }) => {
    await page.goto("/landelijk/kaart");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Flandelijk%2Fkaart/);
    expect((await request.get("/api/v1/rounds/2021/results")).status()).toBe(401);
    expect((await request.get("/api/v1/dashboards/vraag?ronde=2021&vraag=approach.tracks")).status()).toBe(401);
  });
});


test.describe("national dashboards for a civil servant", () => {
  test("the map shows regions only: no single municipality's answer, even when the URL asks for it", async ({ page }) => {
    await signIn(page, "helmond@gezondin.example");
    await page.goto("/landelijk/kaart?ronde=2021&vraag=residents.low_ses_involved&optie=yes&niveau=municipality");
    await expect(page.getByRole("group", { name: /Kaart van Nederland: Betrekt uw gemeente/ })).toBeVisible();
    await expect(page.getByText(/De antwoorden van afzonderlijke gemeenten zijn alleen zichtbaar voor het ministerie van VWS/).filter({ visible: true })).toBeVisible();
    const level = page.getByLabel("Weergave").filter({ visible: true });
    await expect(level).toHaveValue("ggd_region");
    await expect(level.locator("option")).toHaveText(["Per GGD-regio", "Per provincie"]);
    // Focus and hover give the region's share, never the municipality's own answer.
    const tooltip = page.locator(".pointer-events-none.absolute.z-10");
    await page.locator("#m-GM0794").hover();
    await expect(tooltip).toContainText("Helmond");
    await expect(tooltip).not.toContainText(/Koos dit antwoord|zonder ingediende vragenlijst/);
    // The table twin and the CSV download list regions' shares, not answers.
    const csv = await page.request.get("/api/v1/dashboards/kaart?ronde=2021&vraag=residents.low_ses_involved&optie=yes&niveau=municipality&format=csv");
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text).toContain("Regio");
    expect(text).not.toMatch(/Koos dit antwoord|zonder ingediende vragenlijst/);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "national-map-civil-servant");
  });
});
