import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { hashPassword, verifyPassword } from "./password";
import type { Role } from "./permissions";
import { lockedUntil, recordFailure, resetAccount, THROTTLE, throttleKeys } from "./throttle";

export type AuthUser = { id: string; email: string; name: string; role: Role };

export type PasswordSignIn =
  | { ok: true; user: AuthUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

const Credentials = z.object({
  email: z.string().trim().toLowerCase().max(320),
  // A bound on the input keeps the hashing cost bounded.
  password: z.string().min(1).max(1024),
});

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Compared against when the account does not exist, so a wrong e-mail costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;
const fallbackHash = () => (dummyHash ??= hashPassword("not-a-real-password"));

/**
 * Checks e-mail and password with the per-account and per-address limits. Every failure looks the same
 * to the caller ("invalid"), whether the account exists, is deactivated or the password is wrong.
 */
export async function signInWithPassword(input: unknown, address: string): Promise<PasswordSignIn> {
  const parsed = Credentials.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, address);
  const locked = await lockedUntil(keys);
  if (locked) return { ok: false, reason: "locked", until: locked };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await fallbackHash()));
  if (!user || !user.active || !user.passwordHash || !valid) {
    const [a, b] = await Promise.all([
      recordFailure(keys.account, THROTTLE.maxAccountFailures),
      recordFailure(keys.address, THROTTLE.maxAddressFailures),
    ]);
    if (user) await auditFailure(user, address, !user.active ? "inactive" : "password");
    const until = [a, b].filter((d): d is Date => d !== null).sort((x, y) => y.getTime() - x.getTime())[0];
    return until ? { ok: false, reason: "locked", until } : { ok: false, reason: "invalid" };
  }
  await resetAccount(keys);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

async function auditFailure(user: { id: string }, address: string, reason: string): Promise<void> {
  await db.$transaction((tx) =>
    writeAudit(tx, null, `web ip=${address}`, { action: "auth.signInFailed", entity: "user", entityId: user.id, after: { reason } }),
  );
}

/** A federated (OpenID Connect) sign-in is matched by e-mail to an existing, active user: no self sign-up. */
export async function findActiveUserByEmail(email: string | null | undefined): Promise<AuthUser | null> {
  if (!email) return null;
  const user = await db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  return user?.active ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
}

/** Records a successful sign-in: last_login_at and an audit event, together. */
export async function recordSignIn(user: AuthUser, method: string, origin: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await writeAudit(tx, user, origin, { action: "auth.signIn", entity: "user", entityId: user.id, after: { method } });
  });
}

/** Records a sign-out (the session's user, whatever its state now). */
export async function recordSignOut(userId: string | undefined, role: Role | undefined, origin: string): Promise<void> {
  if (!userId || !role || !z.uuid().safeParse(userId).success) return;
  await db.$transaction((tx) => writeAudit(tx, { id: userId, role }, origin, { action: "auth.signOut", entity: "user", entityId: userId }));
}
