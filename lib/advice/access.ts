import "server-only";
import { NotFoundError } from "@/lib/actions/state";
import { accessFor, type Action, type Entity } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { Prisma } from "@/lib/generated/prisma/client";

// The adviser side's one access rule, derived from the permission map: "assigned" means a CURRENT
// adviser_assignment (valid_to is null), so a reassignment moves access at once; "any" is the admin;
// "own" is the civil servant's current membership. Every query and action below puts it in its `where`.

type Entity5 = Extract<Entity, "advice" | "review" | "municipality">;
type Client = Pick<Prisma.TransactionClient, "municipality">;

export function scopeWhere(viewer: Viewer, action: Action, entity: Entity5): Prisma.MunicipalityWhereInput | null {
  const access = accessFor(viewer.role, action, entity);
  if (access.includes("any")) return {};
  const or: Prisma.MunicipalityWhereInput[] = [];
  if (access.includes("assigned")) or.push({ adviserAssignments: { some: { adviserId: viewer.id, validTo: null } } });
  if (access.includes("own")) or.push({ memberships: { some: { userId: viewer.id, validTo: null } } });
  if (or.length === 0) return null;
  return or.length === 1 ? or[0]! : { OR: or };
}

/** The same rule as SQL over a municipality alias `m`. */
export function scopeSql(viewer: Viewer, action: Action, entity: Entity5): Prisma.Sql {
  const access = accessFor(viewer.role, action, entity);
  if (access.includes("any")) return Prisma.sql`true`;
  const parts: Prisma.Sql[] = [];
  if (access.includes("assigned")) {
    parts.push(Prisma.sql`exists (select 1 from adviser_assignment aa where aa.municipality_code = m.code
      and aa.adviser_id = ${viewer.id}::uuid and aa.valid_to is null)`);
  }
  if (access.includes("own")) {
    parts.push(Prisma.sql`exists (select 1 from membership ms where ms.municipality_code = m.code
      and ms.user_id = ${viewer.id}::uuid and ms.valid_to is null)`);
  }
  return parts.length ? Prisma.sql`(${Prisma.join(parts, " or ")})` : Prisma.sql`false`;
}

/** The municipality (code and name) when the viewer has this access to it; otherwise NotFoundError. */
export async function requireMunicipality(client: Client, viewer: Viewer | null, code: string, action: Action, entity: Entity5) {
  const scope = viewer ? scopeWhere(viewer, action, entity) : null;
  if (!scope) throw new NotFoundError();
  const m = await client.municipality.findFirst({ where: { AND: [{ code }, scope] }, select: { code: true, name: true } });
  if (!m) throw new NotFoundError();
  return m;
}
