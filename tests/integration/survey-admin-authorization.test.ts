// Issue 7's authorization matrix (tests/integration/matrix/survey-admin.ts) × the seven personas on the demo
// data: allowed or denied as listed, and a denied action leaves every table unchanged. A last test checks
// that every action, route and viewer-taking read of these areas is listed.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { cookieStore, sameSiteHeaders, type RequestState } from "./auth-fixtures/next-mocks";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null, req: { headers: new Headers(), cookies: new Map<string, string>() } as RequestState }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("@/lib/auth/origin", () => ({ assertSameOrigin: async () => {}, requestOrigin: async () => "test", hasSameOrigin: () => true }));
vi.mock("next/headers", () => ({ headers: async () => h.req.headers, cookies: async () => cookieStore(h.req) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: () => {
    throw new Error("NEXT_REDIRECT");
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

import { fingerprint } from "./auth-fixtures/matrix";
import { inventory } from "./auth-fixtures/inventory";
import { loadCast, PERSONAS, type Cast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";
import { surveyAdminMatrix } from "./matrix/survey-admin";

useTestDatabase("demo");

const ROOT = path.resolve(import.meta.dirname, "../..");
const LIB_DIRS = ["lib/survey-admin", "lib/imports", "lib/mail", "lib/municipality-admin"];
const MINE = /^(lib\/(survey-admin|imports|mail|municipality-admin)\/|app\/beheer\/(vragenlijsten|vragenbank|import|gemeenten|outbox)\/|app\/api\/v1\/(municipalities|rounds\/\[year\]\/export)\/)/;
const id = (e: { kind: string; file: string; name: string }) => `${e.kind} ${e.file}#${e.name}`;

/** Exported functions of our lib folders that take a viewer (reads outside queries.ts files included). */
function viewerReads(): string[] {
  const out: string[] = [];
  for (const dir of LIB_DIRS) {
    for (const name of readdirSync(path.join(ROOT, dir)).filter((n) => n.endsWith(".ts"))) {
      const file = `${dir}/${name}`;
      const source = readFileSync(path.join(ROOT, file), "utf8");
      if (/^\s*["']use server["']/.test(source)) continue;
      for (const m of source.matchAll(/^export\s+async\s+function\s+(\w+)\s*\(\s*viewer\s*:/gm)) out.push(`query ${file}#${m[1]}`);
    }
  }
  return out;
}

let cast: Cast;
beforeAll(async () => {
  cast = await loadCast();
});

describe("survey administration authorization", () => {
  it.each(surveyAdminMatrix.map((e) => [id(e), e] as const))("%s", async (_label, e) => {
    const seen: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const persona of PERSONAS) {
      if (e.unreachable?.includes(persona)) continue;
      h.viewer = cast.viewers[persona];
      h.req.headers = sameSiteHeaders();
      const ctx = { cast, persona, viewer: h.viewer };
      const prepared = e.prepare ? await e.prepare(ctx) : undefined;
      const allowed = e.allowed.includes(persona);
      const before = e.kind === "action" && !allowed ? await fingerprint() : null;
      seen[persona] = await e.call(ctx, prepared);
      expected[persona] = allowed ? "allowed" : "denied";
      if (before) expect(await fingerprint(), `${id(e)} as ${persona} changed data`).toEqual(before);
    }
    expect(seen).toEqual(expected);
  });

  it("lists every server action, route handler and viewer-taking read of these areas", () => {
    const listed = new Set(surveyAdminMatrix.map(id));
    const fromInventory = inventory()
      .filter((i) => MINE.test(i.file) && (i.kind !== "query" || i.takesViewer))
      .map(id);
    const missing = [...new Set([...fromInventory, ...viewerReads()])].filter((k) => !listed.has(k));
    expect(missing).toEqual([]);
    expect(fromInventory.length).toBeGreaterThan(20); // the scan itself found our files
  });
});
