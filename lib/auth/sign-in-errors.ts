// The sign-in error codes that travel from the server (authorize / callbacks) to the login page as
// next-auth's `error` value, and how the page reads them. Pure: shared by server and client.

export const LOCKED_PREFIX = "Locked:";

export type SignInError =
  | { kind: "invalid" }
  | { kind: "locked"; until: Date }
  | { kind: "accessDenied" }
  | { kind: "sessionEnded" }
  | { kind: "generic" };

export function lockedError(until: Date): string {
  return `${LOCKED_PREFIX}${until.toISOString()}`;
}

/** Maps next-auth's error value (a query parameter or signIn()'s result) to what the page says. */
export function parseSignInError(error: string | null | undefined): SignInError | null {
  if (!error) return null;
  if (error === "CredentialsSignin") return { kind: "invalid" };
  if (error.startsWith(LOCKED_PREFIX)) {
    const until = new Date(error.slice(LOCKED_PREFIX.length));
    return Number.isNaN(until.getTime()) ? { kind: "generic" } : { kind: "locked", until };
  }
  if (error === "AccessDenied") return { kind: "accessDenied" };
  if (error === "SessionRequired") return { kind: "sessionEnded" };
  return { kind: "generic" };
}

/** Whole minutes until the lock ends, at least 1 (so the message never says "0 minutes"). */
export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
