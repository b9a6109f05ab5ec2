// Session lifetime rules, pure (the jwt callback and the unit tests use them). Times are epoch seconds.
// next-auth re-issues a JWT session with a fresh expiry on every read, so its maxAge alone would slide
// forever: the absolute limit (from sign-in) and the idle limit (from the last activity) live here.

export type SessionPolicy = { maxAgeSeconds: number; idleSeconds: number };
export type SessionTimes = { authTime?: number; lastSeen?: number };
export type SessionStatus = "active" | "idle" | "expired";

export function sessionPolicy(maxAgeHours: number, idleMinutes: number): SessionPolicy {
  return { maxAgeSeconds: Math.round(maxAgeHours * 3600), idleSeconds: Math.round(idleMinutes * 60) };
}

/** "expired" after maxAge since sign-in, "idle" after idleSeconds without activity, else "active". */
export function sessionStatus(t: SessionTimes, now: number, p: SessionPolicy): SessionStatus {
  if (typeof t.authTime !== "number" || typeof t.lastSeen !== "number") return "expired";
  if (t.authTime > now + 60) return "expired"; // issued in the future: clock trouble or forgery
  if (now - t.authTime >= p.maxAgeSeconds) return "expired";
  if (now - t.lastSeen >= p.idleSeconds) return "idle";
  return "active";
}

/**
 * How often the browser tells the server the user is active (see components/auth/session-activity.tsx):
 * often enough that an active user never hits the idle limit, rarely enough not to matter for load.
 */
export function keepAliveIntervalMs(p: SessionPolicy): number {
  return Math.max(30_000, Math.min(5 * 60_000, (p.idleSeconds * 1000) / 4));
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
