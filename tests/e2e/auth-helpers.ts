import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "gezondin-demo";

/** Fills in the sign-in form (the page shows its own result: a redirect or an error). */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/login")) await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
}

/** Signs in and waits until the portal has left /login. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await submitLogin(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Signs out through next-auth's endpoint (CSRF token included), as the sign-out button does. */
export async function signOutViaApi(page: Page): Promise<void> {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/login?signedOut=1", json: "true" } });
  expect(res.ok()).toBe(true);
}

export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}@test.example`;
