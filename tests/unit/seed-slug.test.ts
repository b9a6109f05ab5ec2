import { describe, expect, it } from "vitest";
import { adviserGroups } from "@/prisma/seed/demo-users";
import { buildDemoContext } from "@/prisma/seed/demo-context";
import { NAMED_MUNICIPALITIES } from "@/prisma/seed/gids";
import { municipalityRows } from "@/prisma/seed/reference";
import { seedId, slugify } from "@/prisma/seed/util";

describe("slugify", () => {
  it("strips accents, lowercases and joins words with hyphens", () => {
    expect(slugify("Súdwest-Fryslân")).toBe("sudwest-fryslan");
    expect(slugify("'s-Gravenhage")).toBe("s-gravenhage");
    expect(slugify("Bergen (NH.)")).toBe("bergen-nh");
    expect(slugify("Nuenen, Gerwen en Nederwetten")).toBe("nuenen-gerwen-en-nederwetten");
    expect(slugify("Helmond")).toBe("helmond");
  });

  it("gives all 342 municipalities a distinct slug", () => {
    const rows = municipalityRows();
    expect(rows).toHaveLength(342);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(342);
    expect(rows.every((r) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.slug))).toBe(true);
  });
});

describe("seed ids", () => {
  it("are stable UUIDs derived from the name", () => {
    expect(seedId("user", "admin@gezondin.example")).toBe(seedId("user", "admin@gezondin.example"));
    expect(seedId("user", "a")).not.toBe(seedId("user", "b"));
    expect(seedId("x")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("GIDS selection and advisers", () => {
  const ctx = buildDemoContext();
  it("includes every named municipality and every municipality of 100,000 or more", () => {
    const names = new Set(ctx.gids.map((m) => m.name));
    for (const n of NAMED_MUNICIPALITIES) expect(names.has(n), n).toBe(true);
    const large = municipalityRows().filter((r) => r.population >= 100_000);
    for (const r of large) expect(names.has(r.name), r.name).toBe(true);
  });

  it("gives each of the eight advisers 15–20 municipalities, each municipality one adviser", () => {
    const groups = adviserGroups(ctx.gids);
    expect(groups).toHaveLength(8);
    for (const g of groups) {
      expect(g.length).toBeGreaterThanOrEqual(15);
      expect(g.length).toBeLessThanOrEqual(20);
    }
    expect(new Set(groups.flat().map((m) => m.code)).size).toBe(ctx.gids.length);
  });
});
