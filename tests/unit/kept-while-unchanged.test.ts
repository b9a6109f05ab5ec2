import { describe, expect, it } from "vitest";
import { KeptWhileUnchanged } from "@/lib/cache/kept";

describe("KeptWhileUnchanged", () => {
  it("gives a value back only for the version it was read at", () => {
    const kept = new KeptWhileUnchanged<number>();
    kept.set("u1", "1.0", 7);
    expect(kept.get("u1", "1.0")).toBe(7);
    expect(kept.get("u1", "1.1")).toBeUndefined();
    expect(kept.get("u2", "1.0")).toBeUndefined();
    kept.set("u1", "1.1", 8);
    expect(kept.get("u1", "1.0")).toBeUndefined();
    expect(kept.get("u1", "1.1")).toBe(8);
    expect(kept.size).toBe(1);
  });

  it("lets the entry set longest ago go when full", () => {
    const kept = new KeptWhileUnchanged<string>(2);
    kept.set("a", "v", "A");
    kept.set("b", "v", "B");
    kept.set("a", "v", "A2"); // set again: now the newest
    kept.set("c", "v", "C");
    expect(kept.size).toBe(2);
    expect(kept.get("b", "v")).toBeUndefined();
    expect(kept.get("a", "v")).toBe("A2");
    expect(kept.get("c", "v")).toBe("C");
  });
});
