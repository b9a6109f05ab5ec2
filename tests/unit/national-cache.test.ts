// The national cache in one process: entries per function and arguments, copies for every caller, one
// computation for concurrent callers, gone after an invalidation (local at once, others by NOTIFY), never
// served while the process could miss an invalidation, and recomputed after the safety-net max age.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const h = vi.hoisted(() => ({ listening: true, executed: [] as unknown[][], fail: false }));
vi.mock("@/lib/cache/bus", async (orig) => ({
  ...(await orig<typeof import("@/lib/cache/bus")>()),
  startListening: () => {},
  isListening: () => h.listening,
}));
vi.mock("@/lib/env", () => ({ env: () => ({ DATABASE_URL: "postgres://unused" }) }));
vi.mock("@/lib/db", () => ({
  db: {
    $executeRawUnsafe: async (...a: unknown[]) => {
      if (h.fail) throw new Error("connection refused");
      h.executed.push(a);
      return 0;
    },
  },
}));

import { apply, CHANNEL } from "@/lib/cache/bus";
import { invalidateNational, MAX_AGE_MS, nationalCache } from "@/lib/dashboards/cache";

let n = 0;
const unique = () => `test-${++n}`;

beforeEach(() => {
  h.listening = true;
  h.executed = [];
  h.fail = false;
});
afterEach(() => vi.useRealTimers());

describe("national cache", () => {
  it("computes once per function and arguments, and gives every caller its own copy", async () => {
    const fn = vi.fn(async (year: number) => ({ year, shares: [year / 10] }));
    const f = nationalCache(unique(), fn);
    const a = await f(2021);
    a.shares.push(99); // a caller changing its copy …
    expect(await f(2021)).toEqual({ year: 2021, shares: [202.1] }); // … changes nothing for the next
    await f(2022);
    expect(fn).toHaveBeenCalledTimes(2);
    const g = nationalCache(unique(), fn); // another name never shares entries
    await g(2021);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it("lets concurrent callers of a missing entry share one computation", async () => {
    let release!: () => void;
    const fn = vi.fn(() => new Promise<number>((r) => (release = () => r(42))));
    const f = nationalCache(unique(), fn);
    const both = Promise.all([f(), f()]);
    release();
    expect(await both).toEqual([42, 42]);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("recomputes after invalidateNational(), and announces it to the other processes", async () => {
    let value = 1;
    const f = nationalCache(unique(), async () => value);
    expect(await f()).toBe(1);
    value = 2;
    expect(await f()).toBe(1); // cached
    await invalidateNational();
    expect(await f()).toBe(2);
    expect(h.executed).toEqual([["select pg_notify($1, $2)", CHANNEL, "national"]]);
  });

  it("recomputes when another process's invalidation arrives", async () => {
    let value = "a";
    const f = nationalCache(unique(), async () => value);
    await f();
    value = "b";
    apply({ kind: "national" }); // what the listener does with a NOTIFY
    expect(await f()).toBe("b");
  });

  it("serves nothing from memory while the process cannot hear invalidations", async () => {
    h.listening = false;
    const fn = vi.fn(async () => 7);
    const f = nationalCache(unique(), fn);
    await f();
    await f();
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it("does not keep a failed computation", async () => {
    const fn = vi.fn().mockRejectedValueOnce(new Error("timeout")).mockResolvedValue(5);
    const f = nationalCache(unique(), fn as () => Promise<number>);
    await expect(f()).rejects.toThrow("timeout");
    expect(await f()).toBe(5);
  });

  it("recomputes after the maximum age even when no invalidation arrived", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const fn = vi.fn(async () => Date.now());
    const f = nationalCache(unique(), fn);
    await f();
    vi.setSystemTime(Date.now() + MAX_AGE_MS - 1000);
    await f();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.setSystemTime(Date.now() + 2000);
    await f();
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it("still forgets its own entries when the announcement fails, and does not throw (the change is committed)", async () => {
    let value = 1;
    const f = nationalCache(unique(), async () => value);
    await f();
    value = 2;
    h.fail = true;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(invalidateNational()).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining("could not notify"), "connection refused");
    log.mockRestore();
    expect(await f()).toBe(2);
  });
});
