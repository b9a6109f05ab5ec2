import { describe, expect, it, vi } from "vitest";

const h = vi.hoisted(() => ({ cacheCalls: [] as unknown[][], revalidate: vi.fn() }));
vi.mock("next/cache", () => ({
  unstable_cache: (fn: unknown, keyParts: unknown, opts: unknown) => {
    h.cacheCalls.push([keyParts, opts]);
    return fn;
  },
  revalidateTag: h.revalidate,
}));

import { invalidateNational, nationalCache, NATIONAL_TAG } from "@/lib/dashboards/cache";

describe("national cache", () => {
  it("keys each function by name and tags it with the national tag, with a time limit as a safety net", async () => {
    const f = nationalCache("rounds", async (year: number) => year * 2);
    expect(await f(2)).toBe(4);
    expect(h.cacheCalls).toEqual([[["national", "rounds"], { tags: [NATIONAL_TAG], revalidate: 900 }]]);
  });

  it("expires the tag at once, so the next request recomputes instead of serving the old figure", () => {
    invalidateNational();
    expect(h.revalidate).toHaveBeenCalledWith(NATIONAL_TAG, { expire: 0 });
  });

  it("does nothing outside a Next request (scripts, tests) and rethrows anything else", () => {
    h.revalidate.mockImplementationOnce(() => {
      throw new Error('Invariant: static generation store missing in revalidateTag("national")');
    });
    expect(() => invalidateNational()).not.toThrow();
    h.revalidate.mockImplementationOnce(() => {
      throw new Error("Route /x used revalidateTag during render");
    });
    expect(() => invalidateNational()).toThrow(/during render/);
  });
});
