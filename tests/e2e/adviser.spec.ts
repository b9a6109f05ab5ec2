import { expect, test, type Page } from "@playwright/test";
import { signIn, signOutViaApi } from "./auth-helpers";
import { expectNoSeriousA11yViolations, screenshot, expectNotFoundPage } from "./helpers";

// The adviser's workspace (issue 5) as adviseur1: the caseload in triage order, logging advice with a
// follow-up, returning and accepting questionnaires (and what the civil servant then sees), the peer view,
// and a reassignment through the admin UI moving access to another adviser.

const ADVISER = "adviseur1@gezondin.example";
const slugify = (name: string) => name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

type Row = { name: string; code: string };

/** The caseload's municipalities (name and code) in the order shown, optionally filtered by the URL. */
async function caseload(page: Page, query = ""): Promise<Row[]> {
  await page.goto(`/adviseur${query}`);
  const links = page.locator("tbody th[scope=row] > a");
  const n = await links.count();
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const a = links.nth(i);
    rows.push({ name: (await a.textContent())!.trim(), code: (await a.getAttribute("href"))!.split("/").pop()! });
  }
  return rows;
}

test.describe("adviser", () => {
  test.describe.configure({ timeout: 120_000 });

  test("the caseload in triage order, with the reasons, sortable and filterable", async ({ page }) => {
    await signIn(page, ADVISER);
    await expect(page).toHaveURL(/\/adviseur$/);
    await expect(page.getByRole("heading", { level: 1, name: "Mijn gemeenten" })).toBeVisible();
    await expect(page.getByText(/^Volgorde: elk signaal telt mee naar gewicht/).filter({ visible: true })).toBeVisible();
    const rows = page.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(15);
    // Triage order: the weights shown never increase down the table.
    const weights = (await page.locator("tbody tr td:first-child span.block").allTextContents()).map((s) => Number(s.replace(/\D/g, "")));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    await expect(rows.first().getByRole("listitem").first()).toContainText(/Hoog|Middel|Laag/);
    await expect(page.locator("tbody").getByText(/deadline over \d+ dagen/).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "adviser-caseload");

    await page.getByRole("link", { name: "Sorteren op Gemeente" }).click();
    await expect(page).toHaveURL(/sort=name/);
    await expect(page.getByRole("columnheader", { name: /Gemeente/ })).toHaveAttribute("aria-sort", "ascending");
    const names = await page.locator("tbody th[scope=row] > a").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "nl")));
    await expect(page.getByRole("columnheader", { name: /Gemeente/ })).toHaveAttribute("aria-sort", "ascending");

    await page.getByLabel("Signaal").filter({ visible: true }).selectOption("followUps");
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    await expect(page).toHaveURL(/signal=followUps/);
    const filtered = page.locator("tbody tr");
    expect(await filtered.count()).toBeGreaterThan(0);
    for (const r of await filtered.all()) await expect(r).toContainText("over de datum");
  });

  test("log an advice entry with a follow-up (a half-filled follow-up is refused first), then mark it done", async ({ page }) => {
    await signIn(page, ADVISER);
    const [first] = await caseload(page);
    await page.goto(`/gemeenten/${first!.code}/advies`);
    await expect(page.getByRole("heading", { level: 1, name: `Adviezen aan ${first!.name}` })).toBeVisible();
    await page.getByRole("link", { name: "Nieuw advies vastleggen" }).click();
    await page.getByLabel("Soort advies").filter({ visible: true }).selectOption("STRATEGIC");
    await page.getByLabel("Vorm").filter({ visible: true }).selectOption("VISIT");
    await page.getByRole("group", { name: "Onderwerpen: sporen" }).getByLabel("Fysieke omgeving").check();
    await page.getByRole("group", { name: "Onderwerpen: pijlers" }).getByLabel("3. Bestuurlijke betrokkenheid").check();
    await page.getByLabel("Aantekeningen").filter({ visible: true }).fill("Werkbezoek met de wethouder over groene schoolpleinen in de wijk.");
    await page.getByRole("button", { name: "Vervolgactie toevoegen" }).click();
    await page.getByLabel("Vervolgactie 1", { exact: true }).filter({ visible: true }).fill("Voorbeelden van groene schoolpleinen sturen");
    await page.getByRole("button", { name: "Advies opslaan" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Niet opgeslagen" })).toBeVisible();
    await expect(page.getByText("Vul dit veld in.").filter({ visible: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "adviser-advice-error");

    await page.getByLabel("Klaar op (vervolgactie 1)").filter({ visible: true }).fill("2027-01-15");
    await page.getByRole("button", { name: "Advies opslaan" }).click();
    await expect(page).toHaveURL(/\/advies\?opgeslagen=/);
    await expect(page.getByRole("status").filter({ hasText: "Het advies is opgeslagen." })).toBeVisible();
    const entry = page.locator("li[id^=advies-]").filter({ hasText: "groene schoolpleinen in de wijk" });
    await expect(entry).toContainText("Strategisch advies · Werkbezoek");
    await expect(entry).toContainText("Fysieke omgeving, Bestuurlijke betrokkenheid");
    await expect(entry).toContainText("klaar op 15 januari 2027");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "adviser-advice-log");

    await entry.getByRole("button", { name: "Vervolgactie afronden: Voorbeelden van groene schoolpleinen sturen" }).click();
    await expect(entry).toContainText(/afgerond op/);
  });

  test("return a questionnaire with a comment; the civil servant sees the comment and a notification", async ({ page }) => {
    await signIn(page, ADVISER);
    const [target] = await caseload(page, "?status=SUBMITTED&sort=name");
    await page.goto(`/gemeenten/${target!.code}/beoordeling`);
    await expect(page.getByRole("heading", { level: 1, name: `Vragenlijst 2026 van ${target!.name} beoordelen` })).toBeVisible();
    await expect(page.getByText(/wacht op uw beoordeling/).first()).toBeVisible();
    // Returning without any comment is refused.
    await page.getByRole("button", { name: "Terugsturen…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Ja, terugsturen" }).click();
    await expect(page.getByText("Plaats eerst een opmerking of schrijf een toelichting").first()).toBeVisible();

    const question = page.locator("li[id^=q-]").first();
    await question.getByText("Opmerking bij deze vraag").click();
    await question.getByRole("textbox").fill("Kunt u toelichten welke wijken hiermee bedoeld zijn?");
    await question.getByRole("button", { name: "Opmerking plaatsen" }).click();
    await expect(question.getByText("Kunt u toelichten welke wijken hiermee bedoeld zijn?").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "adviser-review-comment");

    await page.getByRole("button", { name: "Terugsturen…" }).click();
    const dialog = page.getByRole("dialog", { name: `Vragenlijst terugsturen naar ${target!.name}?` });
    await expect(dialog).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole("button", { name: "Ja, terugsturen" }).click();
    await expect(page.getByText(/teruggestuurd voor verduidelijking; wacht op de gemeente/).filter({ visible: true })).toBeVisible();
    await screenshot(page, "adviser-review-returned");

    // The timeline shows the return.
    await page.goto(`/gemeenten/${target!.code}/tijdlijn?soort=questionnaire`);
    await expect(page.getByText("Vragenlijst 2026 teruggestuurd voor verduidelijking").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "adviser-timeline");

    // The civil servant: the returned questionnaire with the adviser's comment, and a notification.
    await signOutViaApi(page);
    await signIn(page, `${slugify(target!.name)}@gezondin.example`);
    await page.goto(`/gemeenten/${target!.code}/vragenlijst`);
    await expect(page.getByText("Kunt u toelichten welke wijken hiermee bedoeld zijn?").filter({ visible: true })).toBeVisible();
    await screenshot(page, "adviser-review-seen-by-civil-servant");
    await page.goto("/meldingen");
    await expect(page.getByRole("link", { name: `De adviseur heeft de vragenlijst 2026 van ${target!.name} teruggestuurd met opmerkingen` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "adviser-notifications-civil-servant");
  });

  test("accept a submitted questionnaire after confirming", async ({ page }) => {
    await signIn(page, ADVISER);
    const target = (await caseload(page, "?status=SUBMITTED&sort=name&dir=desc"))[0]!;
    await page.goto(`/gemeenten/${target.code}/beoordeling`);
    await page.getByRole("button", { name: "Accepteren…" }).click();
    const dialog = page.getByRole("dialog", { name: `Vragenlijst van ${target.name} accepteren?` });
    await dialog.getByRole("button", { name: "Annuleren" }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole("button", { name: "Accepteren…" }).click();
    await dialog.getByRole("button", { name: "Ja, accepteren" }).click();
    await expect(page.getByText(/geaccepteerd door Marieke Bosman/).filter({ visible: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Accepteren…" })).toBeHidden();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "adviser-review-accepted");
  });

  test("the peer view with ideas from peers for the missing tracks", async ({ page }) => {
    await signIn(page, ADVISER);
    const target = (await caseload(page, "?signal=tracks&sort=name"))[0]!;
    await page.goto(`/gemeenten/${target.code}/vergelijken?groep=provincie`);
    await expect(page.getByRole("heading", { level: 1, name: `${target.name} vergeleken met andere GIDS-gemeenten` })).toBeVisible();
    await expect(page.getByLabel("Vergelijk met").filter({ visible: true })).toHaveValue("provincie");
    await expect(page.getByRole("table", { name: "Sporen in de aanpak" })).toBeVisible();
    await expect(page.getByText(/Sporen die nog niet in de aanpak staan/).filter({ visible: true })).toBeVisible();
    const ideas = page.getByRole("region", { name: "Ideeën uit het netwerk" }).getByRole("listitem");
    expect(await ideas.count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "adviser-peers");
  });

  test("reassignment through the admin UI moves access: the previous adviser gets 404", async ({ page, browser }) => {
    await signIn(page, ADVISER);
    const target = (await caseload(page, "?status=ACCEPTED&sort=name"))[0]!;
    await page.goto(`/gemeenten/${target.code}/advies`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(target.name);

    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, "admin@gezondin.example");
    await admin.goto("/beheer/gebruikers?q=adviseur2");
    await admin.locator("tbody a").first().click();
    await admin.getByLabel("Gemeente", { exact: true }).selectOption({ label: `${target.name} (nu: Marieke Bosman)` });
    await admin.getByRole("button", { name: "Toewijzen" }).click();
    await expect(admin.getByRole("table", { name: "Geschiedenis van toewijzingen" })).toContainText(target.name);
    const newName = (await admin.getByRole("heading", { level: 1 }).textContent())!.trim();

    for (const path of ["advies", "tijdlijn", "beoordeling", ""]) {
      await expectNotFoundPage(page, `/gemeenten/${target.code}${path ? `/${path}` : ""}`);
    }
    await screenshot(page, "adviser-reassigned-404");
    expect((await caseload(page)).map((r) => r.code)).not.toContain(target.code);

    const next = await (await browser.newContext()).newPage();
    await signIn(next, "adviseur2@gezondin.example");
    await next.goto(`/gemeenten/${target.code}/tijdlijn?soort=people`);
    await expect(next.getByText(`${newName} is programma-adviseur geworden`)).toBeVisible();
    await screenshot(next, "adviser-handover-timeline");
  });
});
