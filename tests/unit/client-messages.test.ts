import { describe, expect, it } from "vitest";
import nl from "@/messages/nl.json";
import { BASE_NAMESPACES, pickMessages, SECTION_NAMESPACES } from "@/lib/i18n/client-messages";

describe("pickMessages", () => {
  it("keeps only the named namespaces, whole, and skips unknown ones", () => {
    const picked = pickMessages({ a: { x: "1" }, b: { y: "2" }, c: "3" }, ["a", "c", "nope"]);
    expect(picked).toEqual({ a: { x: "1" }, c: "3" });
  });

  it("sends the browser a fraction of the catalog", () => {
    const all = JSON.stringify(nl).length;
    const base = JSON.stringify(pickMessages(nl, BASE_NAMESPACES)).length;
    expect(base).toBeLessThan(all / 5);
    for (const [section, namespaces] of Object.entries(SECTION_NAMESPACES)) {
      const picked = pickMessages(nl, [...BASE_NAMESPACES, ...namespaces]);
      expect(Object.keys(picked).sort(), section).toEqual([...new Set([...BASE_NAMESPACES, ...namespaces])].sort());
      expect(JSON.stringify(picked).length, section).toBeLessThan(all);
    }
  });
});
