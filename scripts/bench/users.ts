// The signed-in users the bench spreads its page requests over, read from the bench database, and the
// checks that every user's response is that user's own page (a first view rendered for them).
import pg from "pg";
import { ownPageProblems } from "./report";
import { signIn } from "./server";
import type { BenchRequest } from "./load";

export const PASSWORD = "gezondin-demo";
export const CIVIL_SERVANTS = 20;
export const ADVISERS = 8;
export const HELMOND_CODE = "GM0794";

export type Account = { email: string; name: string; municipalityCode: string | null; municipalityName: string | null };
export type Accounts = { civil: Account[]; advisers: Account[]; national: Account[] };

/**
 * 20 active civil servants with a current membership (each their own municipality), the 8 advisers, VWS
 * and the administrator: demo accounts (`…@gezondin.example`, one password).
 */
export async function findAccounts(url: string): Promise<Accounts> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    // One per municipality; Helmond's among them (the saves and the initiative form are Helmond's), then by code.
    const civil = await c.query<Account>(
      `SELECT * FROM (
         SELECT DISTINCT ON (m.municipality_code) u.email, u.name, m.municipality_code AS "municipalityCode", mu.name AS "municipalityName"
         FROM app_user u
         JOIN membership m ON m.user_id = u.id AND m.valid_to IS NULL
         JOIN municipality mu ON mu.code = m.municipality_code
         WHERE u.role = 'CIVIL_SERVANT' AND u.active AND u.password_hash IS NOT NULL AND u.email LIKE '%@gezondin.example'
         ORDER BY m.municipality_code, u.email
       ) s
       ORDER BY s."municipalityCode" = $2 DESC, s."municipalityCode"
       LIMIT $1`,
      [CIVIL_SERVANTS, HELMOND_CODE],
    );
    const staff = await c.query<Account & { role: string }>(
      `SELECT email, name, role::text AS role, NULL AS "municipalityCode", NULL AS "municipalityName" FROM app_user
       WHERE active AND password_hash IS NOT NULL
         AND (email ~ '^adviseur[1-8]@gezondin\\.example$' AND role = 'ADVISER'
              OR email = 'vws@gezondin.example' AND role = 'VWS' OR email = 'admin@gezondin.example' AND role = 'ADMIN')
       ORDER BY email`,
    );
    const accounts: Accounts = {
      civil: civil.rows,
      advisers: staff.rows.filter((u) => u.role === "ADVISER").map(({ role: _, ...u }) => u),
      national: staff.rows.filter((u) => u.role !== "ADVISER").map(({ role: _, ...u }) => u),
    };
    if (accounts.civil.length < CIVIL_SERVANTS || accounts.advisers.length < ADVISERS || accounts.national.length < 2) {
      throw new Error(`bench users missing: ${accounts.civil.length} civil servants, ${accounts.advisers.length} advisers, ${accounts.national.length} of VWS and admin`);
    }
    return accounts;
  } finally {
    await c.end();
  }
}

/**
 * Session cookies by e-mail, signed in through the login endpoint (a few at a time: scrypt is slow by
 * design). Sessions in `known` are reused (a session names the user's id, the same in both bench databases,
 * both seeded alike; checkOwnPages proves each one still gives its user's own page).
 */
export async function signInAll(base: string, accounts: Accounts, known: ReadonlyMap<string, string> = new Map()): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  const all = [...accounts.civil, ...accounts.advisers, ...accounts.national].filter((a) => {
    const cookie = known.get(a.email);
    if (cookie) cookies.set(a.email, cookie);
    return !cookie;
  });
  for (let i = 0; i < all.length; i += 4) {
    const batch = all.slice(i, i + 4);
    const signed = await Promise.all(batch.map((a) => signIn(base, a.email, PASSWORD)));
    batch.forEach((a, j) => cookies.set(a.email, signed[j]!));
  }
  return cookies;
}

/** A page request for one user, with what only that user's page shows. */
export type UserRequest = BenchRequest & { email: string; name: string; mustShow: string[] };

export type PageName = "minimal" | "dashboard" | "home" | "caseload";

/** Each user's request of a page: the minimal page for everyone, the others for the users they are for. */
export function requestsFor(page: PageName, accounts: Accounts, cookies: ReadonlyMap<string, string>): UserRequest[] {
  const req = (a: Account, path: string, mustShow: string[]): UserRequest => {
    const cookie = cookies.get(a.email);
    if (!cookie) throw new Error(`${a.email} is not signed in`);
    return { path, cookie, email: a.email, name: a.name, mustShow };
  };
  switch (page) {
    case "minimal":
      return [...accounts.civil, ...accounts.advisers, ...accounts.national].map((a) => req(a, "/profiel", [a.name, a.email]));
    case "dashboard":
      return accounts.national.map((a) => req(a, "/landelijk", [a.name]));
    case "home":
      return accounts.civil.map((a) => req(a, `/gemeenten/${a.municipalityCode}`, [a.name, a.municipalityName!]));
    case "caseload":
      return accounts.advisers.map((a) => req(a, "/adviseur", [a.name]));
  }
}

async function fetchPage(base: string, r: BenchRequest): Promise<{ status: number; html: string }> {
  const res = await fetch(base + r.path, { headers: r.cookie ? { cookie: r.cookie } : {}, redirect: "manual" });
  return { status: res.status, html: await res.text() };
}

/** One request per user: problems where a response is not that user's own page. */
export async function checkOwnPages(base: string, label: string, requests: readonly UserRequest[]): Promise<string[]> {
  const problems: string[] = [];
  for (const r of requests) {
    const { status, html } = await fetchPage(base, r);
    for (const p of ownPageProblems(status, html, r.mustShow)) problems.push(`${label} ${r.email} ${r.path}: ${p}`);
  }
  return problems;
}

/**
 * The user renamed in the database, then asked again: a server that answered from a response kept from
 * before would still show the old name. The name is put back afterwards.
 */
export async function checkFresh(base: string, dbUrl: string, label: string, r: UserRequest): Promise<string[]> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const renamed = `${r.name} (bench ${Date.now().toString(36)})`;
  try {
    await fetchPage(base, r); // the response a cache would keep
    await c.query("UPDATE app_user SET name = $2 WHERE email = $1", [r.email, renamed]);
    const { status, html } = await fetchPage(base, r);
    return ownPageProblems(status, html, [renamed]).map((p) => `${label} ${r.email} ${r.path} after a rename: ${p}`);
  } finally {
    await c.query("UPDATE app_user SET name = $2 WHERE email = $1", [r.email, r.name]);
    await c.end();
  }
}
