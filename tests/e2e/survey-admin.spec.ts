import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./auth-helpers";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";

// Rounds, tracking and reminders as the admin does them. The lifecycle test briefly closes the demo's open
// round 2026 (only one round may be open) and reopens it at the end.

const today = () => new Date().toISOString().slice(0, 10);
const inMonths = (n: number) => {
  const d = new Date();
  d.setMonth(d.getMonth() + n);
  return d.toISOString().slice(0, 10);
};

async function setStatus(page: Page, year: number, button: string, yes: string) {
  await page.goto(`/beheer/vragenlijsten/${year}`);
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.getByRole("button", { name: yes }).click();
  await expect(page.getByRole("status").or(page.locator("[aria-live] p")).first()).toBeVisible();
}

test.describe.configure({ mode: "serial" });

test.describe("survey rounds (admin)", () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(120_000); // several axe runs per journey on a shared 2-core machine
    await signIn(page, "admin@gezondin.example");
  });

  test("create a round, open it and see its response rate", async ({ page }) => {
    await page.goto("/beheer/vragenlijsten");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vragenlijsten");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "survey-admin-rounds");

    const year = 2040 + (Date.now() % 50); // a fresh year on every run against the same server
    const form = page.getByRole("form", { name: "Nieuwe ronde" });
    await form.getByLabel("Jaar").fill(String(year));
    await form.getByLabel("Opent op").fill(today());
    await form.getByLabel("Sluit op").fill(inMonths(3));
    await form.getByRole("button", { name: "Ronde aanmaken" }).click();
    await expect(page).toHaveURL(`/beheer/vragenlijsten/${year}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ronde ${year}`);
    await expect(page.getByText("Concept", { exact: true }).filter({ visible: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "survey-admin-round-draft");

    await page.getByRole("link", { name: "Voorbeeld" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Voorbeeld ronde ${year}`);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "survey-admin-preview");

    await setStatus(page, 2026, "Ronde sluiten", "Ja, sluiten");
    try {
      await setStatus(page, year, "Ronde openen", "Ja, openen");
      await expect(page.getByText("De ronde is geopend.").filter({ visible: true })).toBeVisible();
      await page.getByRole("link", { name: "Respons" }).click();
      await expect(page.getByTestId("response-rate")).toHaveText("0%");
      await expect(page.getByText(/0 van \d+ GIDS-gemeenten hebben ingediend/).filter({ visible: true })).toBeVisible();
      await screenshot(page, "survey-admin-new-round-responses");
      // Leave no open or closed test round behind for the other journeys: nobody started, so back to draft.
      await setStatus(page, year, "Terug naar concept", "Ja, terug naar concept");
      await expect(page.getByText("De ronde is weer een concept.").filter({ visible: true })).toBeVisible();
    } finally {
      await setStatus(page, 2026, "Ronde heropenen", "Ja, heropenen");
    }
  });

  test("the open round's responses: rate, chart table, status per municipality", async ({ page }) => {
    await page.goto("/beheer/vragenlijsten/2026/respons");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Respons ronde 2026");
    await expect(page.getByTestId("response-rate")).toHaveText(/^\d+%$/);
    await page.getByText("Toon de cijfers als tabel").filter({ visible: true }).click();
    await expect(page.getByRole("table", { name: /Responspercentage per datum/ })).toBeVisible();
    await expect(page.getByRole("table", { name: /Stand per gemeente/ }).getByRole("row")).not.toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "survey-admin-responses");
    const csv = await page.request.get("/beheer/vragenlijsten/2026/niet-gereageerd");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.text()).split("\n")[0]).toContain("gemeentecode,gemeente,status");
  });

  test("send reminders; the outbox shows them", async ({ page }) => {
    await page.goto("/beheer/vragenlijsten/2026/respons");
    const form = page.getByRole("form", { name: "Herinneringen sturen" });
    await form.getByLabel(/Gemeenten die nog niet zijn begonnen/).check();
    await form.getByRole("button", { name: "Herinneringen versturen" }).click();
    await form.getByRole("button", { name: "Ja, versturen" }).click();
    await expect(form.getByRole("status")).toContainText(/gemeenten? herinnerd/);
    await screenshot(page, "survey-admin-reminders-sent");
    await form.getByRole("link", { name: "Naar de outbox" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outbox");
    await expect(page.getByText("Er is geen mailserver ingesteld").filter({ visible: true })).toBeVisible();
    await expect(page.getByText(/Herinnering: vragenlijst GezondIn 2026 voor/).first()).toBeVisible();
    await page.getByText(/Herinnering: vragenlijst GezondIn 2026 voor/).first().click();
    await expect(page.getByText(/staat open tot en met/).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "survey-admin-outbox");
  });

  test("the question bank keeps keys and says why", async ({ page }) => {
    await page.goto("/beheer/vragenbank");
    await expect(page.getByText(/houdt altijd dezelfde sleutel/).filter({ visible: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "survey-admin-bank");
    await page.getByRole("link", { name: /Welke sporen hebben een plek/ }).click();
    await expect(page.getByLabel("Sleutel", { exact: true }).filter({ visible: true })).toHaveValue("approach.tracks");
    await expect(page.getByText("Het type kan niet veranderen.", { exact: false }).filter({ visible: true })).toBeVisible();
    await expect(page.getByText(/gesteld in gesloten rondes/).filter({ visible: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "survey-admin-question");
  });
});
