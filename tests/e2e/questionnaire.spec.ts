import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./auth-helpers";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";

// The annual questionnaire: Emmen's draft (fill in part, leave, come back, submit) and a questionnaire the
// adviser returned with comments (Meierijstad in the demo data).

/** Answers every visible question that has no answer yet, choosing the first option ("Ja" first). */
async function answerTheRest(page: Page) {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Vragenlijst indienen" }) });
  for (let round = 0; round < 3; round++) {
    const open = form.locator("fieldset:visible");
    const n = await open.count();
    for (let i = 0; i < n; i++) {
      const set = open.nth(i);
      if ((await set.locator("input:checked").count()) === 0) await set.locator("input").first().check();
    }
  }
}

test.describe("questionnaire", () => {
  // Journeys with axe checks on several pages; generous, as the machine may be busy with other builds.
  test.describe.configure({ timeout: 90_000 });

  test("fill in part of a draft, leave, come back, then submit after confirming", async ({ page }) => {
    await signIn(page, "emmen@gezondin.example");
    await page.goto("/gemeenten/GM0114/vragenlijst");
    await expect(page.getByRole("heading", { level: 1, name: "Vragenlijst 2026" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Voortgang" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "questionnaire-draft");

    // Answer one question: the draft saves itself.
    const attention = page.getByRole("group", { name: /aandacht aan monitoring en evaluatie/ });
    await attention.getByLabel("Nee").check();
    await expect(page.getByText(/Concept opgeslagen om \d{2}:\d{2}/).filter({ visible: true })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByRole("group", { name: /Op welk niveau monitort u/ })).toBeHidden();

    // Leave and come back: the answer is still there.
    await page.getByRole("link", { name: "Overzicht" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Emmen in één oogopslag/ })).toBeVisible();
    await page.getByRole("link", { name: "Vragenlijst", exact: true }).click();
    await expect(page.getByRole("group", { name: /aandacht aan monitoring en evaluatie/ }).getByLabel("Nee")).toBeChecked();

    // Submitting too early names what is missing.
    await page.getByRole("button", { name: "Vragenlijst indienen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Ja, indienen" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("niet alle verplichte vragen");
    await expect(page.getByText("Vul dit veld in.").first()).toBeVisible();
    await screenshot(page, "questionnaire-incomplete");

    await answerTheRest(page);
    await page.getByRole("button", { name: "Vragenlijst indienen" }).click();
    const dialog = page.getByRole("dialog", { name: "Vragenlijst 2026 indienen?" });
    await expect(dialog).toBeVisible();
    await screenshot(page, "questionnaire-confirm");
    await dialog.getByRole("button", { name: "Ja, indienen" }).click();
    await expect(page.getByText(/De vragenlijst is ingediend/).filter({ visible: true })).toBeVisible();
    await expect(page.getByText(/Ingediend · ingediend op/).filter({ visible: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Vragenlijst indienen" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "questionnaire-submitted");

    // Past rounds are viewable.
    await page.getByRole("link", { name: /^2021/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vragenlijst 2021" })).toBeVisible();
  });

  test("a returned questionnaire shows the adviser's comments next to the answers and can be submitted again", async ({ page }) => {
    await signIn(page, "meierijstad@gezondin.example");
    await page.goto("/gemeenten/GM1948/vragenlijst");
    await expect(page.getByText("Uw adviseur heeft de vragenlijst teruggegeven").filter({ visible: true })).toBeVisible();
    await expect(page.getByText(/Bij de financiering mis ik de aanvulling/).filter({ visible: true })).toBeVisible();
    const levels = page.getByRole("group", { name: /Op welk niveau monitort u/ });
    await expect(levels.locator("..").getByText(/Kunt u kort toelichten met welke gegevens/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "questionnaire-returned");

    await levels.getByLabel("Proces").check();
    await answerTheRest(page);
    await page.getByRole("button", { name: "Vragenlijst indienen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Ja, indienen" }).click();
    await expect(page.getByText(/De vragenlijst is ingediend/).filter({ visible: true })).toBeVisible();
  });
});
