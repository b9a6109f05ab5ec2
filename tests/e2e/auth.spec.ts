import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";
import { signIn, signOutViaApi, submitLogin, uniqueEmail } from "./auth-helpers";

test.describe("sign-in", () => {
  test("the sign-in page is a proper Dutch form", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    await expect(page.getByLabel("E-mailadres").filter({ visible: true })).toHaveAttribute("autocomplete", "username");
    await expect(page.getByLabel("Wachtwoord").filter({ visible: true })).toHaveAttribute("autocomplete", "current-password");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "auth-login");
  });

  const homes = [
    ["admin@gezondin.example", "/beheer"],
    ["vws@gezondin.example", "/landelijk"],
    ["adviseur1@gezondin.example", "/adviseur"],
    ["helmond@gezondin.example", "/gemeenten/GM0794"],
  ] as const;
  for (const [email, home] of homes) {
    test(`${email} lands on ${home}`, async ({ page }) => {
      await signIn(page, email);
      await expect(page).toHaveURL(new RegExp(`${home}$`));
    });
  }

  test("an anonymous visitor of a portal page signs in and returns to it", async ({ page }) => {
    await page.goto("/beheer/audit?entity=user");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fbeheer%2Faudit%3Fentity%3Duser$/);
    await submitLogin(page, "admin@gezondin.example", "gezondin-demo");
    await page.waitForURL("**/beheer/audit?entity=user");
    await expect(page.getByRole("heading", { level: 1, name: "Audittrail" })).toBeVisible();
  });

  test("a foreign callbackUrl is ignored", async ({ page }) => {
    await page.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2F");
    await submitLogin(page, "vws@gezondin.example", "gezondin-demo");
    await page.waitForURL("**/landelijk");
  });

  test("sign-out ends the session", async ({ page }) => {
    await signIn(page, "vws@gezondin.example");
    await signOutViaApi(page);
    // The open page notices the ended session itself and loads the login page, which may abort this
    // navigation (net::ERR_ABORTED): either way the portal page must end at the login.
    await expect(async () => {
      await page.goto("/landelijk");
      await expect(page).toHaveURL(/\/login\?callbackUrl=%2Flandelijk$/, { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    const me = await page.request.get("/api/v1/me");
    expect(me.status()).toBe(401);
  });
});

/**
 * The not-found page. (Asserted by content: the root loading.tsx makes Next stream, so the HTTP status is
 * already 200 when a page calls notFound().)
 */
async function expectNotFound(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Pagina niet gevonden");
}

test.describe("access by role", () => {
  test("a civil servant gets 404 on the admin pages and on another municipality", async ({ page }) => {
    await signIn(page, "helmond@gezondin.example");
    for (const path of ["/beheer", "/beheer/gebruikers", "/beheer/audit", "/beheer/tokens", "/adviseur", "/gemeenten/GM0114"]) await expectNotFound(page, path);
  });

  test("an adviser sees their own municipalities and gets 404 on an unassigned one", async ({ page }) => {
    await signIn(page, "adviseur1@gezondin.example");
    await expect(page.getByRole("heading", { level: 1, name: "Mijn gemeenten" })).toBeVisible();
    const links = await page.locator("main a[href^='/gemeenten/GM']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    const hrefs = [...new Set(links.map((h) => h.match(/^\/gemeenten\/GM\d{4}/)![0]))];
    expect(hrefs.length).toBeGreaterThanOrEqual(15);
    await page.goto(hrefs[0]!);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Pagina niet gevonden");
    const known = ["GM0794", "GM0114", "GM0307", "GM0344", "GM1900", "GM0106"];
    const other = known.find((code) => !hrefs.includes(`/gemeenten/${code}`))!;
    await expectNotFound(page, `/gemeenten/${other}`);
    await page.goto("/adviseur");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "auth-adviser-home");
  });

  test("a civil servant cannot reach another municipality's initiative by changing the URL", async ({ browser }) => {
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, "admin@gezondin.example");
    await admin.goto("/gemeenten/GM0114/initiatieven");
    const hrefs = await admin.locator("main a[href^='/gemeenten/GM0114/initiatieven/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    const href = hrefs.find((h) => /\/initiatieven\/[0-9a-f-]{36}$/.test(h));
    expect(href).toBeTruthy();
    const id = href!.split("/").pop()!;

    const servant = await (await browser.newContext()).newPage();
    await signIn(servant, "helmond@gezondin.example");
    await expectNotFound(servant, href!);
    await expectNotFound(servant, `/gemeenten/GM0794/initiatieven/${id}`);
  });
});

// Failed sign-ins count per client address too. These tests come from addresses of their own (the server
// trusts X-Forwarded-For when no proxy sets it), so they never lock out the other specs on 127.0.0.1.
test.describe("failed sign-in", () => {
  test.use({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` } });

  test("a wrong password says so without telling whether the account exists", async ({ page }) => {
    await page.goto("/login");
    await submitLogin(page, "vws@gezondin.example", "niet-het-wachtwoord");
    await expect(page.getByTestId("login-error")).toHaveText("E-mailadres of wachtwoord onjuist.");
    await expect(page.getByLabel("Wachtwoord").filter({ visible: true })).toHaveAttribute("aria-invalid", "true");
    await submitLogin(page, uniqueEmail("bestaat-niet"), "wat-dan-ook");
    await expect(page.getByTestId("login-error")).toHaveText("E-mailadres of wachtwoord onjuist.");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "auth-login-error");
  });

  test("after repeated failures the page says when to try again", async ({ page }) => {
    // An e-mail address nobody has (the account counter counts unknown ones too): no other spec is locked out.
    const email = uniqueEmail("slot");
    await page.goto("/login");
    for (let i = 1; i <= 4; i++) {
      await submitLogin(page, email, `fout-${i}`);
      await expect(page.getByTestId("login-error")).toHaveText("E-mailadres of wachtwoord onjuist.");
    }
    await submitLogin(page, email, "fout-5");
    const error = page.getByTestId("login-error");
    await expect(error).toContainText("Te veel mislukte pogingen. Probeer het opnieuw over 15 minuten (om ");
    await expect(error).toHaveText(/\(om \d{2}:\d{2}\)\.$/);
    await screenshot(page, "auth-login-locked");
  });
});
