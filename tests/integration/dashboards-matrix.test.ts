// Runs the dashboards' authorization-matrix entries (matrix/dashboards.ts) on their own, with the same
// personas and mocks as the full matrix, until the lead wires them into authorization-matrix.test.ts.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn, revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "nl", getTranslations: async () => (key: string) => key }));

import { loadCast, PERSONAS, type Cast } from "./auth-fixtures/personas";
import { inventory } from "./auth-fixtures/inventory";
import { dashboardEntries } from "./matrix/dashboards";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");
let cast: Cast;
beforeAll(async () => {
  cast = await loadCast();
});

const id = (e: { kind: string; file: string; name: string }) => `${e.kind} ${e.file}#${e.name}`;

describe("dashboards authorization", () => {
  it.each(dashboardEntries.map((e) => [id(e), e] as const))("%s", async (_label, e) => {
    const seen: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const persona of PERSONAS) {
      if (e.unreachable?.includes(persona)) continue;
      h.viewer = cast.viewers[persona];
      seen[persona] = await e.call({ cast, persona, viewer: h.viewer }, undefined);
      expected[persona] = e.allowed.includes(persona) ? "allowed" : "denied";
    }
    expect(seen).toEqual(expected);
  });

  it("lists every query and route of the dashboards", () => {
    const mine = inventory().filter((i) => i.file === "lib/dashboards/queries.ts" || i.file.startsWith("app/api/v1/dashboards/") || i.file === "app/api/v1/rounds/[year]/results/route.ts");
    expect(mine.map(id).sort()).toEqual(dashboardEntries.map(id).sort());
    expect(mine.filter((i) => i.kind === "query").every((i) => i.takesViewer)).toBe(true);
  });
});
