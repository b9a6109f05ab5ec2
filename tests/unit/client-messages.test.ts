import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import nl from "@/messages/nl.json";
import { BASE_NAMESPACES, pickMessages, SECTION_NAMESPACES } from "@/lib/i18n/client-messages";

describe("pickMessages", () => {
  it("keeps only the named namespaces, whole, and skips unknown ones", () => {
    const picked = pickMessages({ a: { x: "1" }, b: { y: "2" }, c: "3" }, ["a", "c", "nope"]);
    expect(picked).toEqual({ a: { x: "1" }, c: "3" });
  });

  it("keeps parts of a namespace at their place, and the whole namespace when it is named too", () => {
    const catalog = { w: { form: { saved: "Opgeslagen" }, enums: { a: { b: "c" } }, home: { title: "Thuis" } }, z: "1" };
    expect(pickMessages(catalog, ["w.form", "w.enums.a", "w.nope", "nope.x"])).toEqual({ w: { form: { saved: "Opgeslagen" }, enums: { a: { b: "c" } } } });
    expect(pickMessages(catalog, ["w.form", "w"])).toEqual({ w: catalog.w });
    expect(pickMessages(catalog, ["w", "w.form"])).toEqual({ w: catalog.w });
  });

  it("gives the sections every workspace message their client components name", () => {
    const files = readdirSync(path.resolve("components"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".tsx"))
      .map((f) => readFileSync(path.resolve("components", f), "utf8"))
      .filter((text) => text.includes('"use client"'));
    const used = new Set(files.flatMap((text) => [...text.matchAll(/["`]workspace\.([a-zA-Z]+)/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(0);
    for (const section of ["approach", "initiatives", "questionnaire", "advice", "review"] as const) {
      const picked = pickMessages(nl, SECTION_NAMESPACES[section]) as { workspace?: Record<string, unknown> };
      for (const part of used) expect(picked.workspace?.[part], `${section}: workspace.${part}`).toBeDefined();
      expect(picked.workspace?.home, section).toBeUndefined(); // rendered on the server only
    }
  });

  it("sends the browser a fraction of the catalog", () => {
    const all = JSON.stringify(nl).length;
    const base = JSON.stringify(pickMessages(nl, BASE_NAMESPACES)).length;
    expect(base).toBeLessThan(all / 5);
    for (const [section, namespaces] of Object.entries(SECTION_NAMESPACES)) {
      const picked = pickMessages(nl, [...BASE_NAMESPACES, ...namespaces]);
      expect(Object.keys(picked).sort(), section).toEqual([...new Set([...BASE_NAMESPACES, ...namespaces].map((n) => n.split(".")[0]!))].sort());
      expect(JSON.stringify(picked).length, section).toBeLessThan(all);
    }
  });
});
