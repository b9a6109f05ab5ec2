import { describe, expect, it } from "vitest";
import { excerpt, networkAccess, networkAudience } from "@/lib/initiatives/network";

describe("networkAccess", () => {
  it("follows the permission map, and gives anonymous visitors only what is public", () => {
    expect(networkAccess(null)).toEqual(["public"]);
    expect(networkAccess("VWS")).toEqual(["public"]);
    expect([...networkAccess("CIVIL_SERVANT")].sort()).toEqual(["network", "own"]);
    expect([...networkAccess("ADVISER")].sort()).toEqual(["assigned", "network"]);
    expect(networkAccess("ADMIN")).toEqual(["any"]);
  });

  it("names what each viewer sees (the sentence above the list)", () => {
    expect(networkAudience(null)).toBe("public");
    expect(networkAudience("VWS")).toBe("public");
    expect(networkAudience("CIVIL_SERVANT")).toBe("own");
    expect(networkAudience("ADVISER")).toBe("assigned");
    expect(networkAudience("ADMIN")).toBe("all");
  });
});

describe("excerpt", () => {
  it("keeps short text whole, with its white space folded", () => {
    expect(excerpt("  Een  beweegtuin\nin de wijk. ")).toBe("Een beweegtuin in de wijk.");
  });

  it("cuts long text at a word boundary and marks the cut", () => {
    const text = "Samen met bewoners, scholen en de GGD werken we aan een gezonde wijk waar iedereen mee kan doen.";
    const out = excerpt(text, 40);
    expect(out.length).toBeLessThanOrEqual(40);
    expect(out).toBe("Samen met bewoners, scholen en de GGD…");
    expect(text.startsWith(out.slice(0, -1))).toBe(true);
  });

  it("cuts inside a word only when there is no space to cut at", () => {
    expect(excerpt("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
  });
});
