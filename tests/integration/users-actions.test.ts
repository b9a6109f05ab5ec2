// Admin user management through the real server actions (runAction, zod, transaction, audit) on the demo data.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { sameSiteHeaders, type RequestState } from "./auth-fixtures/next-mocks";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null, req: { headers: new Headers(), cookies: new Map() } as RequestState }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("next/headers", () => ({ headers: async () => h.req.headers }));
vi.mock("next/cache", () => ({ cacheTag: () => {}, cacheLife: () => {}, revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { loadViewer } from "@/lib/auth/load-viewer";
import { changeRole, createUser, resetPassword, setActive } from "@/lib/users/actions";
import { assignAdviser, linkMunicipality } from "@/lib/users/membership-actions";
import { getUserDetail } from "@/lib/users/queries";
import { HOME, loadCast, type Cast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

const form = (o: Record<string, string | number>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(o)) f.set(k, String(v));
  return f;
};
const versionOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

let cast: Cast;
beforeAll(async () => {
  cast = await loadCast();
});
beforeEach(() => {
  h.viewer = cast.viewers.admin;
  h.req.headers = sameSiteHeaders();
});

async function create(email: string, role: string, municipalityCode = "") {
  const r = await createUser(null, form({ name: `Nieuwe ${email}`, email, role, municipalityCode }));
  if (!r?.ok) throw new Error(JSON.stringify(r));
  return r.data!;
}

describe("user management", () => {
  it("creates a civil servant with a one-time password that works and is stored only hashed", async () => {
    const { id, initialPassword } = await create("Nieuw@Gemeente.NL", "CIVIL_SERVANT", HOME);
    const u = await db.user.findUniqueOrThrow({ where: { id }, include: { memberships: true } });
    expect(u.email).toBe("nieuw@gemeente.nl");
    expect(u.passwordHash).not.toContain(initialPassword);
    expect(await verifyPassword(initialPassword, u.passwordHash!)).toBe(true);
    expect(u.memberships).toMatchObject([{ municipalityCode: HOME, validTo: null }]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.create", entityId: id } });
    expect(audit.actorId).toBe(cast.viewers.admin!.id);
    expect(JSON.stringify(audit.after)).not.toContain(initialPassword);
  });

  it("reports field errors as catalog keys and refuses a taken e-mail address", async () => {
    const bad = await createUser(null, form({ name: "", email: "x", role: "CIVIL_SERVANT", municipalityCode: "" }));
    expect(bad).toMatchObject({ ok: false, formError: "errors.invalid", fieldErrors: { name: ["validation.required"], email: ["validation.email"] } });
    const taken = await createUser(null, form({ name: "X", email: "helmond@gezondin.example", role: "VWS" }));
    expect(taken).toMatchObject({ ok: false, fieldErrors: { email: ["validation.emailTaken"] } });
  });

  it("changes a role and ends what belonged to the old one", async () => {
    const { id } = await create("rol@test.example", "CIVIL_SERVANT", HOME);
    expect(await changeRole(null, form({ id, version: await versionOf(id), role: "ADVISER" }))).toMatchObject({ ok: true });
    const u = await db.user.findUniqueOrThrow({ where: { id }, include: { memberships: true } });
    expect(u.role).toBe("ADVISER");
    expect(u.memberships[0]!.validTo).not.toBeNull();
  });

  it("links a civil servant to another municipality, keeping the old membership as history", async () => {
    const { id } = await create("verhuis@test.example", "CIVIL_SERVANT", HOME);
    expect(await linkMunicipality(null, form({ id, version: await versionOf(id), municipalityCode: cast.otherCode }))).toMatchObject({ ok: true });
    const detail = await getUserDetail(cast.viewers.admin, id);
    expect(detail.memberships.map((m) => [m.municipalityCode, m.validTo === null])).toEqual([
      [cast.otherCode, true],
      [HOME, false],
    ]);
    expect((await loadViewer(id, "session"))?.municipalityCode).toBe(cast.otherCode);
  });

  it("reassigns a municipality to another adviser: the old assignment ends, history is kept", async () => {
    const previous = cast.viewers.adviserAssigned!.id;
    const next = cast.viewers.adviserOther!;
    expect(await assignAdviser(null, form({ id: next.id, version: await versionOf(next.id), municipalityCode: HOME }))).toMatchObject({ ok: true });
    const rows = await db.adviserAssignment.findMany({ where: { municipalityCode: HOME }, orderBy: { createdAt: "asc" } });
    expect(rows.filter((r) => r.validTo === null).map((r) => r.adviserId)).toEqual([next.id]);
    expect(rows.some((r) => r.adviserId === previous && r.validTo !== null)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "adviser.assign", entityId: HOME } });
    expect(audit).toMatchObject({ before: { adviserId: previous }, after: { adviserId: next.id } });
  });

  it("deactivates with confirmation; the user loses access at once", async () => {
    const { id } = await create("weg@test.example", "VWS");
    const version = await versionOf(id);
    expect(await setActive(null, form({ id, version, active: "false" }))).toMatchObject({ ok: false, fieldErrors: { confirm: ["validation.confirm"] } });
    expect(await setActive(null, form({ id, version, active: "false", confirm: "yes" }))).toMatchObject({ ok: true });
    expect(await loadViewer(id, "session")).toBeNull();
    expect(await setActive(null, form({ id, version: version + 1, active: "true", confirm: "yes" }))).toMatchObject({ ok: true });
    expect(await loadViewer(id, "session")).not.toBeNull();
  });

  it("refuses a stale save and changes nothing", async () => {
    const { id } = await create("stale@test.example", "VWS");
    const seen = await versionOf(id);
    expect(await changeRole(null, form({ id, version: seen, role: "ADMIN" }))).toMatchObject({ ok: true });
    const auditBefore = await db.auditEvent.count();
    const stale = await changeRole(null, form({ id, version: seen, role: "ADVISER" }));
    expect(stale).toMatchObject({ ok: false, formError: "errors.conflict", conflict: true });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("ADMIN");
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it("resets a password: the new one works, the old one not", async () => {
    const { id, initialPassword } = await create("vergeten@test.example", "VWS");
    const r = await resetPassword(null, form({ id, version: await versionOf(id), confirm: "yes" }));
    if (!r?.ok) throw new Error(JSON.stringify(r));
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(r.data!.password, passwordHash!)).toBe(true);
    expect(await verifyPassword(initialPassword, passwordHash!)).toBe(false);
  });

  it("does not let an admin change their own account, nor accept foreign origins or other roles", async () => {
    const self = cast.viewers.admin!;
    expect(await setActive(null, form({ id: self.id, version: await versionOf(self.id), active: "false", confirm: "yes" }))).toMatchObject({
      ok: false,
      formError: "errors.selfChange",
    });
    h.req.headers = new Headers({ host: "127.0.0.1:3100", origin: "https://evil.example" });
    expect(await createUser(null, form({ name: "X", email: "csrf@test.example", role: "ADMIN" }))).toMatchObject({ formError: "errors.forbiddenOrigin" });
    h.req.headers = sameSiteHeaders();
    h.viewer = cast.viewers.vws;
    expect(await createUser(null, form({ name: "X", email: "vws-made@test.example", role: "ADMIN" }))).toMatchObject({ formError: "errors.notFound" });
    expect(await db.user.count({ where: { email: { in: ["csrf@test.example", "vws-made@test.example"] } } })).toBe(0);
  });
});
