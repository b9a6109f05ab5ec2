// The authorization matrix: every server action, route handler and query × the seven personas, with the
// expected answer, on the demo data in real PostgreSQL. A denied action must leave every table unchanged.
// The meta-test at the end fails when something exists that the matrix does not list (or the reverse).
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { cookieStore, sameSiteHeaders, type RequestState } from "./auth-fixtures/next-mocks";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null, req: { headers: new Headers(), cookies: new Map<string, string>() } as RequestState }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("next/headers", () => ({ headers: async () => h.req.headers, cookies: async () => cookieStore(h.req) }));
vi.mock("next/cache", () => ({ cacheTag: () => {}, cacheLife: () => {}, revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), unstable_cache: <T,>(fn: T) => fn }));
vi.mock("next/navigation", () => ({
  redirect: () => {
    throw new Error("NEXT_REDIRECT");
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "nl", getTranslations: async () => (key: string) => key }));

import { fingerprint, type Entry } from "./auth-fixtures/matrix";
import { adminEntries } from "./auth-fixtures/matrix-admin";
import { dashboardEntries } from "./auth-fixtures/matrix-dashboards";
import { NOT_QUERIES, PUBLIC_QUERIES, publicEntries } from "./auth-fixtures/matrix-public";
import { workspaceEntries } from "./auth-fixtures/matrix-workspace";
import { adviserMatrix } from "./matrix/adviser";
import { networkMatrix } from "./matrix/network";
import { surveyAdminMatrix } from "./matrix/survey-admin";
import { inventory } from "./auth-fixtures/inventory";
import { loadCast, PERSONAS, type Cast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

const MATRIX: Entry[] = [...adminEntries, ...workspaceEntries, ...surveyAdminMatrix, ...dashboardEntries, ...publicEntries, ...adviserMatrix, ...networkMatrix];
const id = (e: { kind: string; file: string; name: string }) => `${e.kind} ${e.file}#${e.name}`;

let cast: Cast;
beforeAll(async () => {
  cast = await loadCast();
});

describe("authorization matrix", () => {
  it.each(MATRIX.map((e) => [id(e), e] as const))("%s", async (_label, e) => {
    const seen: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const persona of PERSONAS) {
      if (e.unreachable?.includes(persona)) continue;
      const viewer = cast.viewers[persona];
      h.viewer = viewer;
      h.req.headers = sameSiteHeaders();
      const ctx = { cast, persona, viewer };
      const prepared = e.prepare ? await e.prepare(ctx) : undefined;
      const allowed = e.allowed.includes(persona);
      const before = e.kind === "action" && !allowed ? await fingerprint() : null;
      seen[persona] = await e.call(ctx, prepared);
      expected[persona] = allowed ? "allowed" : "denied";
      if (before) expect(await fingerprint(), `${id(e)} as ${persona} changed data`).toEqual(before);
    }
    expect(seen).toEqual(expected);
  });
});

describe("the matrix is complete", () => {
  const items = inventory();
  const listed = new Set(MATRIX.map(id));

  it("lists every server action and route handler method", () => {
    const missing = items.filter((i) => i.kind !== "query" && !listed.has(id(i))).map(id);
    expect(missing, "add these to tests/integration/auth-fixtures/matrix-*.ts").toEqual([]);
  });

  it("lists every query: scoped ones in the matrix, the rest with a reason", () => {
    const missing = items
      .filter((i) => i.kind === "query" && !listed.has(id(i)))
      .filter((i) => !(`${i.file}#${i.name}` in PUBLIC_QUERIES) && !(`${i.file}#${i.name}` in NOT_QUERIES))
      .map(id);
    expect(missing, "add these to the matrix (or, if they take no viewer, to PUBLIC_QUERIES with a reason)").toEqual([]);
    const publicButScoped = items.filter((i) => i.kind === "query" && i.takesViewer && `${i.file}#${i.name}` in PUBLIC_QUERIES).map(id);
    expect(publicButScoped, "queries that take a viewer belong in the matrix").toEqual([]);
  });

  it("lists nothing that no longer exists", () => {
    const existing = new Set(items.map(id));
    // An entry may carry a label after its name, e.g. "getInitiative (initiative of another municipality)".
    const stale = [...MATRIX.map((e) => id({ ...e, name: e.name.replace(/\s*\(.*\)$/, "") })), ...Object.keys({ ...PUBLIC_QUERIES, ...NOT_QUERIES }).map((k) => `query ${k}`)].filter((k) => !existing.has(k));
    expect(stale).toEqual([]);
  });

  it("finds what it should (the scanner itself works)", () => {
    expect(items.some((i) => i.kind === "action" && i.name === "createUser")).toBe(true);
    expect(items.some((i) => i.kind === "route" && i.file === "app/api/auth/[...nextauth]/route.ts" && i.name === "POST")).toBe(true);
    expect(items.find((i) => i.name === "listUsers")?.takesViewer).toBe(true);
  });
});
