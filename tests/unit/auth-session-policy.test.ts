import { describe, expect, it } from "vitest";
import { keepAliveIntervalMs, sessionPolicy, sessionStatus } from "@/lib/auth/session-policy";

const policy = sessionPolicy(8, 60); // 8 h absolute, 60 min idle
const T0 = 1_800_000_000;

describe("session lifetime", () => {
  it("is active right after sign-in and while the user keeps working", () => {
    expect(sessionStatus({ authTime: T0, lastSeen: T0 }, T0, policy)).toBe("active");
    // Seven hours of activity with pauses under an hour.
    expect(sessionStatus({ authTime: T0, lastSeen: T0 + 7 * 3600 - 100 }, T0 + 7 * 3600, policy)).toBe("active");
  });

  it("goes idle after 60 minutes without activity", () => {
    expect(sessionStatus({ authTime: T0, lastSeen: T0 }, T0 + 59 * 60, policy)).toBe("active");
    expect(sessionStatus({ authTime: T0, lastSeen: T0 }, T0 + 60 * 60, policy)).toBe("idle");
  });

  it("expires 8 hours after sign-in however active the user was", () => {
    expect(sessionStatus({ authTime: T0, lastSeen: T0 + 8 * 3600 - 1 }, T0 + 8 * 3600, policy)).toBe("expired");
  });

  it("treats tokens without times, or signed in the future, as expired", () => {
    expect(sessionStatus({}, T0, policy)).toBe("expired");
    expect(sessionStatus({ authTime: T0 }, T0, policy)).toBe("expired");
    expect(sessionStatus({ authTime: T0 + 3600, lastSeen: T0 + 3600 }, T0, policy)).toBe("expired");
  });

  it("pings often enough that an active user never hits the idle limit", () => {
    expect(keepAliveIntervalMs(policy)).toBe(5 * 60_000);
    expect(keepAliveIntervalMs(sessionPolicy(8, 2))).toBe(30_000);
    for (const idle of [1, 2, 10, 60, 240]) expect(keepAliveIntervalMs(sessionPolicy(8, idle))).toBeLessThan(idle * 60_000);
  });
});
