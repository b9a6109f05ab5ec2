// The dashboards read their messages through an untyped accessor (lib/dashboards/i18n.ts), so this test
// does what the type checker would: every key the code uses exists in both catalogs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import { DIMENSIONS } from "@/lib/dashboards/types";
import { MAP_LEVELS } from "@/lib/dashboards/filters";
import { CATEGORIES } from "@/lib/geo/legend";
import { FUNDING, MONITORING, PROGRAMME_CHARTS } from "@/lib/dashboards/programme";
import { PUBLISHED_BANK } from "@/lib/dashboards/published";
import { publishedMeasures } from "@/lib/dashboards/headlines";

type Tree = { [k: string]: string | Tree };
const has = (tree: Tree, key: string) => key.split(".").reduce<Tree | string | undefined>((t, k) => (typeof t === "object" ? t[k] : undefined), tree) !== undefined;

const DIRS = ["app/landelijk", "components/national", "components/charts", "lib/dashboards", "app/api/v1/dashboards"];
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

/** Literal keys passed to a dashboards translate function (t, c.t, ctx.t, loose). */
function literalKeys(): string[] {
  const keys = new Set<string>();
  for (const f of DIRS.flatMap(files)) {
    for (const m of readFileSync(f, "utf8").matchAll(/\b(?:c\.t|ctx\.t|t|loose)\("([A-Za-z][\w.-]*)"/g)) keys.add(m[1]!);
  }
  return [...keys];
}

const dynamicKeys = [
  ...DIMENSIONS.map((d) => `dimension.${d}`),
  "dimension.group.large",
  "dimension.group.other",
  ...["overview", "questions", "map", "programme"].map((k) => `nav.${k}`),
  ...CATEGORIES.map((c) => `map.category.${c}`),
  ...MAP_LEVELS.map((l) => `map.level.${l}`),
  ...PROGRAMME_CHARTS.flatMap((c) => ["title", "column", "note"].map((k) => `programme.${c}.${k}`)),
  ...["approaches", "initiatives"].flatMap((b) => [`programme.base.${b}`, `programme.baseColumn.${b}`]),
  ...[...FUNDING, ...MONITORING, "ALL"].map((k) => `programme.labels.${k}`),
  ...publishedMeasures(PUBLISHED_BANK).map((m) => `measures.${m.questionKey.replace(/\./g, "_")}.${m.option}${m.subgroup ? `_${m.subgroup}` : ""}`),
];

describe("dashboards messages", () => {
  // Keys of other namespaces used in these folders (national, common).
  const national = new Set(["title", "emptyTitle", "loading"]);
  const keys = [...literalKeys().filter((k) => !national.has(k) && !k.startsWith("answers.")), ...dynamicKeys];

  it("finds the keys it should (the scanner works)", () => {
    expect(keys).toContain("headlines.heading");
    expect(keys).toContain("map.instructions");
    expect(keys.length).toBeGreaterThan(100);
  });

  it.each([
    ["nl", nl],
    ["en", en],
  ])("exist in %s", (_l, catalog) => {
    const missing = keys.filter((k) => !has((catalog as unknown as { dashboards: Tree }).dashboards, k));
    expect(missing).toEqual([]);
  });

  it("include a short text for every published headline figure", () => {
    expect(publishedMeasures(PUBLISHED_BANK).length).toBeGreaterThanOrEqual(18);
  });
});
