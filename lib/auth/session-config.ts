import "server-only";
import { env } from "@/lib/env";
import { keepAliveIntervalMs, sessionPolicy, type SessionPolicy } from "./session-policy";

/** The configured session limits (SESSION_MAX_AGE_HOURS, SESSION_IDLE_MINUTES). */
export function currentSessionPolicy(): SessionPolicy {
  const e = env();
  return sessionPolicy(e.SESSION_MAX_AGE_HOURS, e.SESSION_IDLE_MINUTES);
}

/** How often an active browser refreshes its session (components/auth/session-activity.tsx). */
export function keepAliveMs(): number {
  return keepAliveIntervalMs(currentSessionPolicy());
}
