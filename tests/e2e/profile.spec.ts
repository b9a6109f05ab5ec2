import { expect, test } from "@playwright/test";
import { personName } from "../../prisma/seed/names";
import { signIn } from "./auth-helpers";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";

// "Mijn gegevens" (/profiel): the signed-in viewer's own name, e-mail and role, nothing else.
const EMAIL = "helmond@gezondin.example";

test.describe("my details", () => {
  test("a civil servant sees their own name, e-mail and role", async ({ page }) => {
    await signIn(page, EMAIL);
    await page.goto("/profiel");
    await expect(page).toHaveTitle(/^Mijn gegevens · /);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
    const details = main.getByRole("definition");
    await expect(details).toHaveText([personName(EMAIL), EMAIL, "GIDS-ambtenaar"]);
    await expect(main.getByRole("term")).toHaveText(["Naam", "E-mailadres", "Rol"]);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "profile");
  });

  test("sends a visitor who is not signed in to the login page, to return to /profiel", async ({ page }) => {
    await page.goto("/profiel");
    await page.waitForURL((url) => url.pathname === "/login");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/profiel");
  });
});
