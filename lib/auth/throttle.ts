import "server-only";
import { db } from "@/lib/db";

// Failed sign-ins are counted in PostgreSQL (table login_throttle) per account and per client address, so
// the limit holds across app instances. A counter that reaches its limit within the window locks its key.
export const THROTTLE = {
  windowMinutes: 15,
  lockMinutes: 15,
  maxAccountFailures: 5,
  // Higher: many colleagues can share one office address.
  maxAddressFailures: 20,
} as const;

export type ThrottleKeys = { account: string; address: string };

export function throttleKeys(email: string, address: string): ThrottleKeys {
  return { account: `account:${email}`, address: `ip:${address}` };
}

/** The latest lock still in force on any of the keys, or null. */
export async function lockedUntil(keys: ThrottleKeys): Promise<Date | null> {
  const row = await db.loginThrottle.aggregate({
    _max: { lockedUntil: true },
    where: { key: { in: [keys.account, keys.address] }, lockedUntil: { gt: new Date() } },
  });
  return row._max.lockedUntil;
}

/**
 * Counts one failure, atomically (one upsert; concurrent attempts on other instances queue on the row).
 * A window older than windowMinutes starts again at 1. Returns the lock end when this failure locks the key.
 */
export async function recordFailure(key: string, limit: number): Promise<Date | null> {
  const win = THROTTLE.windowMinutes;
  const lock = THROTTLE.lockMinutes;
  const rows = await db.$queryRaw<{ locked_until: Date | null }[]>`
    INSERT INTO login_throttle AS t (key, failures, window_start, locked_until, updated_at)
    VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit}::int THEN now() + make_interval(mins => ${lock}::int) END, now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t.window_start <= now() - make_interval(mins => ${win}::int) THEN 1 ELSE t.failures + 1 END,
      window_start = CASE WHEN t.window_start <= now() - make_interval(mins => ${win}::int) THEN now() ELSE t.window_start END,
      locked_until = CASE
        WHEN (CASE WHEN t.window_start <= now() - make_interval(mins => ${win}::int) THEN 1 ELSE t.failures + 1 END) >= ${limit}::int
          THEN now() + make_interval(mins => ${lock}::int)
        ELSE t.locked_until END,
      updated_at = now()
    RETURNING locked_until`;
  const until = rows[0]?.locked_until ?? null;
  return until && until > new Date() ? until : null;
}

/** After a successful sign-in: the account starts afresh (the address counter deliberately does not). */
export async function resetAccount(keys: ThrottleKeys): Promise<void> {
  // Also sweeps rows nobody touched for a day, so the table stays small.
  await db.$executeRaw`DELETE FROM login_throttle WHERE key = ${keys.account} OR updated_at < now() - interval '1 day'`;
}
