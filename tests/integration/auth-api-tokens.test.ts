// API tokens end to end: created by an admin (shown once, stored hashed), accepted by authenticateApi and
// GET /api/v1/me, last use recorded, refused after revocation or when the owner is deactivated.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { sameSiteHeaders, type RequestState } from "./auth-fixtures/next-mocks";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null, req: { headers: new Headers(), cookies: new Map() } as RequestState }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("next/headers", () => ({ headers: async () => h.req.headers }));
vi.mock("next/cache", () => ({ cacheTag: () => {}, cacheLife: () => {}, revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/actions";
import { hashToken } from "@/lib/api-tokens/token";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { authenticateApi } from "@/lib/auth/api";
import { GET as me } from "@/app/api/v1/me/route";
import { loadCast, type Cast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

const form = (o: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(o)) f.set(k, v);
  return f;
};
const call = (token?: string) => new Request("http://127.0.0.1:3100/api/v1/me", token ? { headers: { authorization: `Bearer ${token}` } } : {});

let cast: Cast;
beforeAll(async () => {
  cast = await loadCast();
});
beforeEach(() => {
  h.req.headers = sameSiteHeaders();
  h.viewer = cast.viewers.admin;
});

async function newToken(userId: string, name = "Dashboard"): Promise<{ id: string; token: string }> {
  h.viewer = cast.viewers.admin;
  const r = await createApiToken(null, form({ userId, name }));
  if (!r?.ok) throw new Error(JSON.stringify(r));
  h.viewer = null; // the API client has no session
  return r.data!;
}

describe("API tokens", () => {
  it("stores only the hash and a prefix", async () => {
    const { id, token } = await newToken(cast.viewers.vws!.id);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(token.startsWith(row.prefix)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "apiToken.create", entityId: id } });
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain(token);
    h.viewer = cast.viewers.admin;
    expect(JSON.stringify(await listApiTokens(cast.viewers.admin))).not.toContain(row.tokenHash);
  });

  it("authenticates as its owner and records the last use", async () => {
    const { id, token } = await newToken(cast.viewers.vws!.id);
    const viewer = await authenticateApi(call(token));
    expect(viewer).toMatchObject({ id: cast.viewers.vws!.id, role: "VWS", via: "token" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    const res = await me(call(token));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: "VWS", via: "token" });
  });

  it("is refused once revoked, or when its owner is deactivated", async () => {
    const a = await newToken(cast.viewers.vws!.id, "A");
    h.viewer = cast.viewers.admin;
    expect(await revokeApiToken(null, form({ id: a.id, confirm: "yes" }))).toMatchObject({ ok: true });
    expect(((await authenticateApi(call(a.token))) as Response).status).toBe(401);

    const b = await newToken(cast.viewers.admin!.id, "B");
    expect(await authenticateApi(call(b.token))).toMatchObject({ role: "ADMIN" });
    await db.user.update({ where: { id: cast.viewers.admin!.id }, data: { active: false } });
    expect(((await authenticateApi(call(b.token))) as Response).status).toBe(401);
    await db.user.update({ where: { id: cast.viewers.admin!.id }, data: { active: true } });
  });

  it("is only created for active VWS or admin users", async () => {
    h.viewer = cast.viewers.admin;
    const r = await createApiToken(null, form({ userId: cast.viewers.csSame!.id, name: "nee" }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { userId: ["validation.tokenOwner"] } });
  });

  it("answers 401 JSON without credentials or with a bad token; a session also works", async () => {
    h.viewer = null;
    const anon = (await authenticateApi(call())) as Response;
    expect(anon.status).toBe(401);
    expect(anon.headers.get("www-authenticate")).toContain("Bearer");
    expect(await anon.json()).toEqual({ error: "unauthorized" });
    expect(((await authenticateApi(call(`gzi_${"A".repeat(43)}`))) as Response).status).toBe(401);
    // A present but invalid token is refused even when a session exists (no silent fallback).
    h.viewer = cast.viewers.vws;
    expect(((await authenticateApi(call("nonsense"))) as Response).status).toBe(401);
    expect(await authenticateApi(call())).toMatchObject({ role: "VWS" });
  });
});
