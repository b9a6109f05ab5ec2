// Matrix entries of user management, API tokens, the audit trail, the adviser's list and the auth routes.
import NextAuth from "next-auth/next";
import { db } from "@/lib/db";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/actions";
import { listApiTokens, listTokenOwners } from "@/lib/api-tokens/queries";
import { generateToken } from "@/lib/api-tokens/token";
import { listAuditEvents, listAuditFacets } from "@/lib/audit/queries";
import { changeRole, createUser, resetPassword, setActive } from "@/lib/users/actions";
import { assignAdviser, endAssignment, linkMunicipality, unlinkMunicipality } from "@/lib/users/membership-actions";
import { getAdminOverview, getUserDetail, listMunicipalityChoices, listUsers } from "@/lib/users/queries";
import { authOptions } from "@/lib/auth/options";
import { GET as meGet } from "@/app/api/v1/me/route";
import { ADMIN_ONLY, ALL, SIGNED_IN, actionOutcome, entry, form, queryOutcome, routeOutcome, unique, type Entry } from "./matrix";
import { HOME } from "./personas";

type Target = { id: string; version: number };

async function freshUser(role: "CIVIL_SERVANT" | "ADVISER" | "VWS", municipalityCode?: string): Promise<Target> {
  const u = await db.user.create({ data: { email: `m-${unique()}@test.example`, name: "Matrix", role }, select: { id: true, version: true } });
  if (municipalityCode) await db.membership.create({ data: { userId: u.id, municipalityCode } });
  return u;
}

/** A municipality nobody advises (non-GIDS), so a fresh adviser can hold it. */
async function freeMunicipality(): Promise<string> {
  const m = await db.municipality.findFirstOrThrow({ where: { isGids: false, adviserAssignments: { none: { validTo: null } } }, select: { code: true }, orderBy: { code: "asc" } });
  return m.code;
}

/** next-auth's handler through its Node (pages) entry with a minimal request/response pair. */
async function nextAuth(method: string, route: string[], body: Record<string, string> = {}) {
  const res = {
    statusCode: 200,
    headers: {} as Record<string, unknown>,
    status(code: number) {
      res.statusCode = code;
      return res;
    },
    setHeader: (k: string, v: unknown) => void (res.headers[k.toLowerCase()] = v),
    getHeader: (k: string) => res.headers[k.toLowerCase()],
    end: () => undefined,
    send: () => undefined,
    json: () => undefined,
  };
  const req = { method, query: { nextauth: route }, body, cookies: {}, headers: { host: "127.0.0.1:3100" } };
  await (NextAuth as unknown as (q: unknown, r: unknown, o: unknown) => Promise<void>)(req, res, authOptions());
  return res;
}

const users = "lib/users/actions.ts";
const members = "lib/users/membership-actions.ts";
const tokens = "lib/api-tokens/actions.ts";

export const adminEntries: Entry[] = [
  entry({ kind: "action", file: users, name: "createUser", allowed: ADMIN_ONLY, call: () => actionOutcome(() => createUser(null, form({ name: "Matrix", email: `m-${unique()}@test.example`, role: "VWS" }))) }),
  entry<Target>({ kind: "action", file: users, name: "changeRole", allowed: ADMIN_ONLY, prepare: () => freshUser("VWS"), call: (_c, t) => actionOutcome(() => changeRole(null, form({ ...t, role: "ADMIN" }))) }),
  entry<Target>({ kind: "action", file: users, name: "setActive", allowed: ADMIN_ONLY, prepare: () => freshUser("VWS"), call: (_c, t) => actionOutcome(() => setActive(null, form({ ...t, active: "false", confirm: "yes" }))) }),
  entry<Target>({ kind: "action", file: users, name: "resetPassword", allowed: ADMIN_ONLY, prepare: () => freshUser("VWS"), call: (_c, t) => actionOutcome(() => resetPassword(null, form({ ...t, confirm: "yes" }))) }),
  entry<Target>({
    kind: "action",
    file: members,
    name: "linkMunicipality",
    allowed: ADMIN_ONLY,
    prepare: () => freshUser("CIVIL_SERVANT", HOME),
    call: (c, t) => actionOutcome(() => linkMunicipality(null, form({ ...t, municipalityCode: c.cast.otherCode }))),
  }),
  entry<Target>({ kind: "action", file: members, name: "unlinkMunicipality", allowed: ADMIN_ONLY, prepare: () => freshUser("CIVIL_SERVANT", HOME), call: (_c, t) => actionOutcome(() => unlinkMunicipality(null, form({ ...t }))) }),
  entry<Target & { code: string }>({
    kind: "action",
    file: members,
    name: "assignAdviser",
    allowed: ADMIN_ONLY,
    prepare: async () => ({ ...(await freshUser("ADVISER")), code: await freeMunicipality() }),
    call: (_c, t) => actionOutcome(() => assignAdviser(null, form({ id: t.id, version: t.version, municipalityCode: t.code }))),
  }),
  entry<Target & { code: string }>({
    kind: "action",
    file: members,
    name: "endAssignment",
    allowed: ADMIN_ONLY,
    prepare: async () => {
      const t = await freshUser("ADVISER");
      const code = await freeMunicipality();
      await db.adviserAssignment.create({ data: { adviserId: t.id, municipalityCode: code } });
      return { ...t, code };
    },
    call: (_c, t) => actionOutcome(() => endAssignment(null, form({ id: t.id, version: t.version, municipalityCode: t.code }))),
  }),
  entry({ kind: "action", file: tokens, name: "createApiToken", allowed: ADMIN_ONLY, call: (c) => actionOutcome(() => createApiToken(null, form({ userId: c.cast.viewers.vws!.id, name: `m-${unique()}` }))) }),
  entry<{ id: string }>({
    kind: "action",
    file: tokens,
    name: "revokeApiToken",
    allowed: ADMIN_ONLY,
    prepare: async (c) => {
      const { prefix, hash } = generateToken();
      return db.apiToken.create({ data: { userId: c.cast.viewers.vws!.id, name: "m", tokenHash: hash, prefix }, select: { id: true } });
    },
    call: (_c, t) => actionOutcome(() => revokeApiToken(null, form({ id: t.id, confirm: "yes" }))),
  }),

  entry({ kind: "query", file: "lib/users/queries.ts", name: "listUsers", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listUsers(c.viewer, { page: 1 }), (p) => p.total > 0) }),
  entry({
    kind: "query",
    file: "lib/users/queries.ts",
    name: "getUserDetail",
    allowed: ADMIN_ONLY,
    call: (c) => queryOutcome(() => getUserDetail(c.viewer, c.cast.viewers.csSame!.id)),
  }),
  entry({ kind: "query", file: "lib/users/queries.ts", name: "listMunicipalityChoices", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listMunicipalityChoices(c.viewer), (l) => l.length > 0) }),
  entry({ kind: "query", file: "lib/users/queries.ts", name: "getAdminOverview", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => getAdminOverview(c.viewer)) }),
  entry({ kind: "query", file: "lib/audit/queries.ts", name: "listAuditEvents", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listAuditEvents(c.viewer, { page: 1 })) }),
  entry({ kind: "query", file: "lib/audit/queries.ts", name: "listAuditFacets", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listAuditFacets(c.viewer)) }),
  entry({ kind: "query", file: "lib/api-tokens/queries.ts", name: "listApiTokens", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listApiTokens(c.viewer)) }),
  entry({ kind: "query", file: "lib/api-tokens/queries.ts", name: "listTokenOwners", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listTokenOwners(c.viewer), (l) => l.length > 0) }),

  entry({ kind: "route", file: "app/api/v1/me/route.ts", name: "GET", allowed: SIGNED_IN, call: async () => routeOutcome(await meGet(new Request("http://127.0.0.1:3100/api/v1/me"))) }),
  // next-auth's own endpoints are open to everyone by nature (that is where one signs in); they hand out no
  // data. The route file only hands the request to next-auth's AuthHandler with authOptions(); that handler is
  // called here through next-auth's plain Node entry (same handler, same options), because its App Router entry
  // reads next/headers through require(), which a test cannot stand in for.
  entry({
    kind: "route",
    file: "app/api/auth/[...nextauth]/route.ts",
    name: "GET",
    allowed: ALL,
    call: async () => {
      const res = await nextAuth("GET", ["providers"]);
      return res.statusCode === 200 ? "allowed" : "denied";
    },
  }),
  // A POST without next-auth's CSRF token never signs anyone in, even with the right password.
  entry({
    kind: "route",
    file: "app/api/auth/[...nextauth]/route.ts",
    name: "POST",
    allowed: ALL,
    call: async () => {
      const res = await nextAuth("POST", ["callback", "credentials"], { email: "helmond@gezondin.example", password: "gezondin-demo" });
      if (String(res.headers["set-cookie"] ?? "").includes("session-token")) throw new Error("signed in without a CSRF token");
      if (!String(res.headers.location ?? "").includes("csrf=true")) throw new Error(`expected a CSRF refusal, got ${JSON.stringify(res.headers)}`);
      return "allowed";
    },
  }),
];
