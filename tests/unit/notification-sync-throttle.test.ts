import { describe, expect, it } from "vitest";
import { claimSync, releaseSync, SYNC_INTERVAL_MS } from "@/lib/notifications/sync-throttle";

describe("follow-up sync from the bell", () => {
  it("runs once per interval per user and day, again after the interval, at once on a new day", () => {
    const last = new Map<string, number>();
    expect(claimSync(last, "u1", "2026-12-06", 0)).toBe(true);
    expect(claimSync(last, "u1", "2026-12-06", SYNC_INTERVAL_MS - 1)).toBe(false);
    expect(claimSync(last, "u2", "2026-12-06", 10)).toBe(true); // another user
    expect(claimSync(last, "u1", "2026-12-07", 20)).toBe(true); // a new day: follow-ups may have fallen due
    expect(claimSync(last, "u1", "2026-12-06", SYNC_INTERVAL_MS)).toBe(true);
  });

  it("tries again on the next request after a failed sync", () => {
    const last = new Map<string, number>();
    expect(claimSync(last, "u1", "2026-12-06", 0)).toBe(true);
    releaseSync(last, "u1", "2026-12-06");
    expect(claimSync(last, "u1", "2026-12-06", 1)).toBe(true);
  });
});
