// Credentials sign-in on real PostgreSQL: password check, deactivated users, the per-account and
// per-address limits kept in login_throttle, and what a successful sign-in records.
import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { sameSiteHeaders, type RequestState } from "./auth-fixtures/next-mocks";

const req = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }) as RequestState);
vi.mock("next/headers", () => ({ headers: async () => req.headers, cookies: async () => ({ getAll: () => [] }) }));

import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { authOptions } from "@/lib/auth/options";
import { recordFailure, THROTTLE } from "@/lib/auth/throttle";
import { makeUser } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

const database = useTestDatabase("demo");

type Authorize = (c: Record<string, string>, r: { headers: Record<string, string> }) => Promise<{ id: string; role: string } | null>;
function authorize(email: string, password: string, address = "198.51.100.1") {
  const provider = authOptions().providers.find((p) => p.id === "credentials") as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize({ email, password }, { headers: { "x-forwarded-for": address } });
}

let hash: string;
beforeAll(async () => {
  hash = await hashPassword("juist-wachtwoord");
  req.headers = sameSiteHeaders();
});

describe("credentials", () => {
  it("signs in a demo account with the README's password, whatever the e-mail's case", async () => {
    const user = await authorize("  Helmond@GezondIn.Example ", "gezondin-demo");
    expect(user).toMatchObject({ email: "helmond@gezondin.example", role: "CIVIL_SERVANT" });
  });

  it("refuses a wrong password, an unknown account and a deactivated one alike", async () => {
    await makeUser("VWS", "off@test.example", hash);
    await db.user.update({ where: { email: "off@test.example" }, data: { active: false } });
    expect(await authorize("vws@gezondin.example", "fout")).toBeNull();
    expect(await authorize("niemand@test.example", "juist-wachtwoord")).toBeNull();
    expect(await authorize("off@test.example", "juist-wachtwoord")).toBeNull();
  });

  it("locks an account after 5 failures, also for the right password, and says until when", async () => {
    await makeUser("VWS", "lock@test.example", hash);
    for (let i = 1; i < THROTTLE.maxAccountFailures; i++) expect(await authorize("lock@test.example", "fout", `192.0.2.${i}`)).toBeNull();
    // The fifth failure locks (from yet another address: the account counter does it).
    await expect(authorize("lock@test.example", "fout", "192.0.2.50")).rejects.toThrow(/^Locked:/);
    const err = await authorize("lock@test.example", "juist-wachtwoord", "192.0.2.51").catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const until = new Date((err as Error).message.slice("Locked:".length));
    expect(until.getTime() - Date.now()).toBeGreaterThan((THROTTLE.lockMinutes - 1) * 60_000);
    expect(until.getTime() - Date.now()).toBeLessThanOrEqual(THROTTLE.lockMinutes * 60_000);
  });

  it("locks an address after 20 failures, whichever accounts were tried", async () => {
    await makeUser("VWS", "victim@test.example", hash);
    const address = "203.0.113.66";
    for (let i = 0; i < THROTTLE.maxAddressFailures - 1; i++) expect(await authorize(`guess${i}@test.example`, "fout", address)).toBeNull();
    await expect(authorize("guess-last@test.example", "fout", address)).rejects.toThrow(/^Locked:/);
    await expect(authorize("victim@test.example", "juist-wachtwoord", address)).rejects.toThrow(/^Locked:/);
    // The same account from another address still works.
    expect(await authorize("victim@test.example", "juist-wachtwoord", "203.0.113.67")).toMatchObject({ role: "VWS" });
  });

  it("shares the counters between app instances through the database", async () => {
    await makeUser("VWS", "shared@test.example", hash);
    // Another instance (its own connection) counts four failures …
    const other = new pg.Client({ connectionString: database.url() });
    await other.connect();
    await other.query(
      `INSERT INTO login_throttle (key, failures, window_start, updated_at) VALUES ('account:shared@test.example', 4, now(), now())`,
    );
    await other.end();
    // … so one more here locks the account.
    await expect(authorize("shared@test.example", "fout", "198.51.100.99")).rejects.toThrow(/^Locked:/);
  });

  it("counts concurrent failures exactly (one atomic upsert each)", async () => {
    await Promise.all(Array.from({ length: 12 }, () => recordFailure("ip:race-test", 100)));
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: "ip:race-test" } });
    expect(row.failures).toBe(12);
    expect(row.lockedUntil).toBeNull();
  });

  it("starts a new window after 15 minutes", async () => {
    await db.loginThrottle.create({ data: { key: "account:old@test.example", failures: 4, windowStart: new Date(Date.now() - 16 * 60_000) } });
    expect(await recordFailure("account:old@test.example", 5)).toBeNull();
    expect((await db.loginThrottle.findUniqueOrThrow({ where: { key: "account:old@test.example" } })).failures).toBe(1);
  });

  it("resets the account counter on success", async () => {
    await makeUser("ADMIN", "reset@test.example", hash);
    for (let i = 0; i < 3; i++) await authorize("reset@test.example", "fout", "198.51.100.7");
    expect(await authorize("reset@test.example", "juist-wachtwoord", "198.51.100.7")).not.toBeNull();
    expect(await db.loginThrottle.findUnique({ where: { key: "account:reset@test.example" } })).toBeNull();
    // The address counter is not reset by a success (one valid account must not clear an attacker's address).
    expect((await db.loginThrottle.findUniqueOrThrow({ where: { key: "ip:198.51.100.7" } })).failures).toBe(3);
  });
});

describe("session tokens", () => {
  const callbacks = () => authOptions().callbacks!;

  it("records the sign-in (last_login_at and audit) and puts only id and role in the token", async () => {
    const id = await makeUser("VWS", "token@test.example", hash);
    const user = { id, email: "token@test.example", name: "T", role: "VWS" as const };
    const token = await callbacks().jwt!({ token: {}, user, account: { provider: "credentials", type: "credentials", providerAccountId: id } } as never);
    expect(token).toMatchObject({ uid: id, role: "VWS" });
    expect(token.authTime).toBe(token.lastSeen);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).lastLoginAt).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "auth.signIn" } });
    expect(audit).toMatchObject({ actorId: id, actorRole: "VWS", origin: "web ip=198.51.100.20" });
  });

  it("refuses an idle or expired session and refreshes an active one", async () => {
    const now = Math.floor(Date.now() / 1000);
    const jwt = (t: object) => callbacks().jwt!({ token: { uid: "x", role: "VWS", ...t } } as never);
    await expect(jwt({ authTime: now - 3600 * 2, lastSeen: now - 61 * 60 })).rejects.toThrow(/idle/);
    await expect(jwt({ authTime: now - 3600 * 9, lastSeen: now - 60 })).rejects.toThrow(/expired/);
    const fresh = await jwt({ authTime: now - 3600, lastSeen: now - 600 });
    expect(fresh.lastSeen).toBeGreaterThanOrEqual(now);
  });

  it("audits sign-out", async () => {
    const id = await makeUser("ADMIN", "out@test.example", hash);
    await authOptions().events!.signOut!({ token: { uid: id, role: "ADMIN" }, session: undefined as never });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "auth.signOut" } })).toBe(1);
  });
});
