import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";
import { signIn, submitLogin, uniqueEmail } from "./auth-helpers";

async function asAdmin(page: Page) {
  await signIn(page, "admin@gezondin.example");
}

test.describe("admin", () => {
  // Whole journeys with axe scans and full-page screenshots of long tables: more than the default 30 s.
  test.describe.configure({ timeout: 90_000 });
  test("overview and user list with search and role filter", async ({ page }) => {
    await asAdmin(page);
    await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "admin-home");

    await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Gebruikers" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Paginering" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "admin-users");

    await page.getByLabel("Zoek op naam of e-mailadres").filter({ visible: true }).fill("helmond");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page).toHaveURL(/q=helmond/);
    await expect(page.getByRole("cell", { name: "helmond@gezondin.example" })).toBeVisible();

    await page.goto("/beheer/gebruikers?role=ADVISER");
    // At least the 8 demo advisers (another test may be adding one right now); only advisers listed.
    await expect(page.getByRole("heading", { name: /^\d+ gebruikers gevonden$/ })).toBeVisible();
    const roles = await page.locator("tbody tr > :nth-child(3)").allTextContents();
    expect(roles.length).toBeGreaterThanOrEqual(8);
    expect(new Set(roles)).toEqual(new Set(["Programma-adviseur"]));
  });

  test("creates a user who can sign in once, then deactivates them: access ends at once", async ({ page, browser }) => {
    const email = uniqueEmail("nieuw");
    await asAdmin(page);
    await page.goto("/beheer/gebruikers/nieuw");
    // Server-side validation, shown next to the fields.
    await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();
    await expect(page.getByText("Vul dit veld in.").first()).toBeVisible();
    await expect(page.getByText("Kies de gemeente waarvoor deze ambtenaar werkt.").filter({ visible: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "admin-user-new-errors");

    await page.getByLabel("Naam").filter({ visible: true }).fill("Testpersoon Adviseur");
    await page.getByLabel("E-mailadres").filter({ visible: true }).fill(email);
    await page.getByRole("radio", { name: /Programma-adviseur/ }).check();
    await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();
    const secret = page.getByTestId("one-time-secret");
    await expect(secret).toBeVisible();
    const password = (await secret.textContent())!.trim();
    expect(password).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    await screenshot(page, "admin-user-created");

    // The new adviser signs in elsewhere with the one-time password.
    // Its own client address: its failed sign-in below must not count against the other specs' address.
    const other = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.77" } })).newPage();
    await signIn(other, email, password);
    await expect(other).toHaveURL(/\/adviseur$/);

    await page.getByRole("link", { name: "Naar de gebruiker" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Testpersoon Adviseur" })).toBeVisible();
    await page.getByLabel("Gemeente", { exact: true }).filter({ visible: true }).selectOption({ label: "Vaals (nu: " + (await currentAdviserOf(page, "Vaals")) + ")" });
    await page.getByRole("button", { name: "Toewijzen" }).click();
    await expect(page.getByRole("table", { name: "Geschiedenis van toewijzingen" })).toContainText("Vaals"); // a municipality no other journey relies on
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "admin-user-detail");

    const status = page.getByRole("form", { name: "Toegang" });
    await status.getByRole("button", { name: "Deactiveren" }).click();
    await expect(status.getByText(/deactiveren\? De gebruiker verliest direct de toegang/)).toBeVisible();
    await status.getByRole("button", { name: "Ja, deactiveren" }).click();
    await expect(page.getByText("Dit account is gedeactiveerd").filter({ visible: true })).toBeVisible();

    // Next request of the open session: signed out.
    await other.goto("/adviseur");
    await expect(other).toHaveURL(/\/login/);
    await submitLogin(other, email, password);
    await expect(other.getByTestId("login-error")).toHaveText("E-mailadres of wachtwoord onjuist.");

    // The audit trail shows what happened.
    await page.goto(`/beheer/audit?entity=user&actor=admin%40gezondin.example`);
    await expect(page.getByRole("cell", { name: "user.create" }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "user.deactivate" }).first()).toBeVisible();
    await page.getByText("Toon voor en na").first().click();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "admin-audit");
  });

  test("API tokens: created once, used, revoked", async ({ page }) => {
    await asAdmin(page);
    await page.goto("/beheer/tokens");
    await page.getByLabel("Namens gebruiker").filter({ visible: true }).selectOption({ label: "Pieter de Boer (Ministerie van VWS, vws@gezondin.example)" });
    await page.getByLabel("Omschrijving").filter({ visible: true }).fill("E2E dashboard");
    await page.getByRole("button", { name: "Token aanmaken" }).click();
    const token = (await page.getByTestId("one-time-secret").textContent())!.trim();
    expect(token).toMatch(/^gzi_[A-Za-z0-9_-]{43}$/);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "admin-tokens");

    const api = await page.context().request;
    const me = await api.fetch("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ role: "VWS", via: "token" });

    await page.reload();
    const row = page.getByRole("row", { name: /E2E dashboard/ });
    await row.getByRole("button", { name: "Intrekken" }).click();
    await row.getByRole("button", { name: "Ja, intrekken" }).click();
    await expect(page.getByRole("row", { name: /E2E dashboard/ })).toContainText("Ingetrokken op");
    const after = await api.fetch("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(after.status()).toBe(401);
  });
});

/** The name of the adviser currently shown for a municipality in the assignment choice. */
async function currentAdviserOf(page: Page, municipality: string): Promise<string> {
  const label = await page.locator("#assign-municipality option").filter({ hasText: new RegExp(`^${municipality} \\(nu: `) }).textContent();
  return label!.replace(/^.*\(nu: (.*)\)$/, "$1");
}
