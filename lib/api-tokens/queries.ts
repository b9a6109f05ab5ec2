import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { TOKEN_ROLES } from "./lookup";

export type ApiTokenDTO = {
  id: string;
  name: string;
  prefix: string;
  owner: { id: string; name: string; email: string; role: Role; active: boolean };
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

/** All API tokens, active first, newest first. Never the hash. */
export async function listApiTokens(viewer: Viewer | null): Promise<ApiTokenDTO[]> {
  assertCan(viewer, "manage", "api-token");
  const rows = await db.apiToken.findMany({
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      user: { select: { id: true, name: true, email: true, role: true, active: true } },
    },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    owner: r.user,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  }));
}

export type TokenOwnerDTO = { id: string; name: string; email: string; role: Role };

/** Users a token may be created for: active VWS and admin users. */
export async function listTokenOwners(viewer: Viewer | null): Promise<TokenOwnerDTO[]> {
  assertCan(viewer, "manage", "api-token");
  return db.user.findMany({
    where: { active: true, role: { in: [...TOKEN_ROLES] } },
    select: { id: true, name: true, email: true, role: true },
    orderBy: [{ role: "asc" }, { name: "asc" }],
  });
}
