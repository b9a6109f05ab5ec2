import { describe, expect, it } from "vitest";
import { lockedError, minutesUntil, parseSignInError } from "@/lib/auth/sign-in-errors";

describe("sign-in error values", () => {
  it("maps next-auth's values to what the login page says", () => {
    expect(parseSignInError(null)).toBeNull();
    expect(parseSignInError("CredentialsSignin")).toEqual({ kind: "invalid" });
    expect(parseSignInError("AccessDenied")).toEqual({ kind: "accessDenied" });
    expect(parseSignInError("SessionRequired")).toEqual({ kind: "sessionEnded" });
    expect(parseSignInError("OAuthCallback")).toEqual({ kind: "generic" });
  });

  it("carries the end of a lockout from server to page", () => {
    const until = new Date("2026-11-25T13:32:00.000Z");
    expect(parseSignInError(lockedError(until))).toEqual({ kind: "locked", until });
    expect(parseSignInError("Locked:garbage")).toEqual({ kind: "generic" });
  });

  it("rounds the wait up to whole minutes, at least one", () => {
    const until = new Date("2026-11-25T13:32:00.000Z");
    expect(minutesUntil(until, new Date("2026-11-25T13:17:00.000Z"))).toBe(15);
    expect(minutesUntil(until, new Date("2026-11-25T13:17:01.000Z"))).toBe(15);
    expect(minutesUntil(until, new Date("2026-11-25T13:31:59.000Z"))).toBe(1);
    expect(minutesUntil(until, new Date("2026-11-25T13:40:00.000Z"))).toBe(1);
  });
});
