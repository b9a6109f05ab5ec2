import { expect, test, type Browser } from "@playwright/test";
import { signIn } from "./auth-helpers";

// Regression test (issue 13): nobody ever receives a page rendered for someone else. Two users of the same
// role family sign in; then every signed-in route family is requested with BOTH session cookies in one
// Cookie header (both orders) and with each user's own cookie alone, alternating, so that any answer kept
// for one viewer (a rendered page, a cached per-user value) and handed to the other shows. Assertions:
//   - alone, a user's response names that user in the header (or refuses) and never contains the other's name;
//   - together, the response is for one of the two, consistently (the other's name appears nowhere), or a refusal;
//   - a redirect never leads to the other user's home.
// Requests go through fetch, not a browser context: no cookie jar adds or keeps cookies behind the test's back.

type Who = { email: string; name: string; home: string; cookie: string };
type Pair = { family: string; emails: [string, string]; routes: (a: Who, b: Who) => Promise<string[]> | string[] };

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

const WORKSPACE_SUBPAGES = ["", "/initiatieven", "/aanpak", "/vragenlijst", "/advies", "/vergelijken", "/tijdlijn"];
const SHARED_ROUTES = ["/", "/meldingen", "/initiatieven", "/landelijk", "/landelijk/programma", "/api/v1/rounds/2021/results", "/api/v1/me"];

const PAIRS: Pair[] = [
  {
    family: "civil servants (Helmond, Emmen)",
    emails: ["helmond@gezondin.example", "emmen@gezondin.example"],
    // Every workspace subpage of A's municipality; B's home and initiatives (the same templates).
    routes: (a, b) => [...WORKSPACE_SUBPAGES.map((p) => a.home + p), b.home, `${b.home}/initiatieven`, ...SHARED_ROUTES],
  },
  {
    family: "advisers",
    emails: ["adviseur1@gezondin.example", "adviseur2@gezondin.example"],
    routes: async (a, b) => {
      const first = async (w: Who) => (await get(w.cookie, "/adviseur")).body.match(/href="(\/gemeenten\/GM\d{4})"/)?.[1];
      const homes = [await first(a), await first(b)].filter((h): h is string => Boolean(h));
      expect(homes, "each adviser's caseload links to a municipality").toHaveLength(2);
      return ["/adviseur", ...homes.flatMap((home) => [home, `${home}/advies`, `${home}/initiatieven`]), ...SHARED_ROUTES];
    },
  },
  {
    family: "VWS and admin",
    emails: ["vws@gezondin.example", "admin@gezondin.example"],
    routes: () => ["/beheer", "/beheer/gebruikers", "/beheer/vragenlijsten", "/landelijk/kaart", "/landelijk/vragen", ...SHARED_ROUTES],
  },
];

let baseURL = "";

async function get(cookie: string, route: string): Promise<{ status: number; body: string; location: string | null }> {
  // Tried once more when the server closed an idle kept-alive connection just as it was reused.
  const once = () => fetch(new URL(route, baseURL), { headers: { cookie, accept: "text/html,application/json" }, redirect: "manual" });
  const res = await once().catch(once);
  return { status: res.status, body: await res.text(), location: res.headers.get("location") };
}

async function who(browser: Browser, email: string): Promise<Who> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  const cookies = (await context.cookies()).filter((c) => SESSION_COOKIE.test(c.name));
  await context.close();
  expect(cookies.length, `${email} has a session cookie`).toBeGreaterThan(0);
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const me = await get(cookie, "/api/v1/me");
  expect(me.status).toBe(200);
  const { name } = JSON.parse(me.body) as { name: string };
  // The header's "my home" link (components/auth/user-menu.tsx).
  const home = (await get(cookie, "/")).body.match(/data-testid="user-menu"[\s\S]*?href="([^"]+)"/)?.[1];
  expect(home, `${email}: the header links to the home`).toBeTruthy();
  return { email, name, home: home!, cookie };
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
const mentions = (body: string, name: string) => body.includes(name) || body.includes(escapeHtml(name)) || body.includes(JSON.stringify(name).slice(1, -1));

/** The name the page header shows as signed in (components/auth/user-menu.tsx), or the API's `me`. */
function viewerName(route: string, body: string): string | null {
  if (route === "/api/v1/me") return body.startsWith("{") ? ((JSON.parse(body) as { name?: string }).name ?? null) : null;
  const m = body.match(/data-testid="user-menu"[\s\S]*?class="font-semibold">([^<]*)</);
  return m ? m[1]!.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&") : null;
}

/** Whom the answer was rendered for: one of `candidates`, checked to be consistent; null for a refusal. */
function answeredFor(route: string, res: { status: number; body: string; location: string | null }, candidates: Who[], all: Who[]): Who | null {
  const where = `${route} [${res.status}]`;
  if (res.status >= 300 && res.status < 400) {
    const target = new URL(res.location ?? "", baseURL).pathname;
    if (!candidates.some((w) => target.startsWith(w.home))) {
      const foreign = all.filter((w) => !candidates.includes(w) && target.startsWith(w.home));
      expect(foreign.map((w) => w.email), `${where} redirects to ${target}, another user's home`).toEqual([]);
    }
    return null;
  }
  const shown = viewerName(route, res.body);
  const present = all.filter((w) => mentions(res.body, w.name));
  if (shown === null) {
    // A refusal (401/404, the sign-in page) or a page without the header: it must name nobody.
    expect(present.map((w) => w.email), `${where} names a user without being signed in as one`).toEqual([]);
    return null;
  }
  const viewer = candidates.find((w) => w.name === shown);
  expect(viewer, `${where} was rendered for "${shown}", not for ${candidates.map((w) => w.email).join(" or ")}`).toBeTruthy();
  expect(present.filter((w) => w !== viewer).map((w) => w.email), `${where} for ${viewer!.email} shows another user's name`).toEqual([]);
  return viewer!;
}

test.describe("session isolation", () => {
  test.describe.configure({ timeout: 120_000 });

  for (const pair of PAIRS) {
    test(`${pair.family}: never a page rendered for the other user`, async ({ browser, baseURL: base }) => {
      baseURL = base!;
      const a = await who(browser, pair.emails[0]);
      const b = await who(browser, pair.emails[1]);
      expect(a.name).not.toBe(b.name);
      const all = [a, b];
      for (const route of await pair.routes(a, b)) {
        // Alternate viewers on the same URL: a kept answer for one would reach the other.
        for (const [cookie, candidates] of [
          [`${a.cookie}; ${b.cookie}`, [a, b]],
          [a.cookie, [a]],
          [`${b.cookie}; ${a.cookie}`, [a, b]],
          [b.cookie, [b]],
          [a.cookie, [a]],
        ] as const) {
          const res = await get(cookie, route);
          expect(res.status, `${route}: no server error`).toBeLessThan(500);
          // Alone, a user is answered as themselves (answeredFor accepts only the candidates) or refused.
          answeredFor(route, res, [...candidates], all);
        }
      }
    });
  }
});
