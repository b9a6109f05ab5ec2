import "server-only";
import { NotFoundError } from "@/lib/actions/state";
import { accessFor, type Action, type Entity } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { Prisma } from "@/lib/generated/prisma/client";

// The one access layer: which municipalities a viewer may read or write for an entity, derived once from
// the permission map (lib/auth/permissions.ts) as a Prisma `where`, as SQL over a municipality alias `m`,
// and as the decision the viewer alone settles without a query. "own" is the civil servant's CURRENT
// membership, "assigned" the adviser's CURRENT assignment (valid_to is null: a reassignment moves access at
// once), "any" the admin. "network", "public" and "submitted" grant views elsewhere (the network list,
// national dashboards), never a municipality's workspace. Every query and action puts this scope into its
// own `where` or SQL.

export type ScopedEntity = Extract<Entity, "municipality" | "approach" | "initiative" | "questionnaire" | "review" | "advice">;

type Scope = {
  /** Prisma filter on municipality, or null when the viewer has no such access at all. */
  where: Prisma.MunicipalityWhereInput | null;
  /** The same rule as SQL over a municipality alias `m` (`false` when none). */
  sql: Prisma.Sql;
  /** Whether the viewer has it for `code` when the viewer alone decides (see decidedByViewer), else null. */
  decided: (code: string) => boolean | null;
};

export function scopeOf(viewer: Viewer, action: Action, entity: ScopedEntity): Scope {
  const access = accessFor(viewer.role, action, entity);
  const any = access.includes("any");
  const own = access.includes("own");
  const assigned = access.includes("assigned");
  const or: Prisma.MunicipalityWhereInput[] = [];
  const sql: Prisma.Sql[] = [];
  if (own) {
    or.push({ memberships: { some: { userId: viewer.id, validTo: null } } });
    sql.push(Prisma.sql`exists (select 1 from membership ms where ms.municipality_code = m.code
      and ms.user_id = ${viewer.id}::uuid and ms.valid_to is null)`);
  }
  if (assigned) {
    or.push({ adviserAssignments: { some: { adviserId: viewer.id, validTo: null } } });
    sql.push(Prisma.sql`exists (select 1 from adviser_assignment aa where aa.municipality_code = m.code
      and aa.adviser_id = ${viewer.id}::uuid and aa.valid_to is null)`);
  }
  return {
    where: any ? {} : or.length === 0 ? null : or.length === 1 ? or[0]! : { OR: or },
    sql: any ? Prisma.sql`true` : sql.length ? Prisma.sql`(${Prisma.join(sql, " or ")})` : Prisma.sql`false`,
    decided: (code) => (any ? true : own && viewer.municipalityCode === code ? true : !own && !assigned ? false : null),
  };
}

/** Prisma filter on municipality for the viewer's access, or null when the viewer has none. */
export function municipalityScope(viewer: Viewer, action: Action, entity: ScopedEntity): Prisma.MunicipalityWhereInput | null {
  return scopeOf(viewer, action, entity).where;
}

/** The same rule as SQL over a municipality alias `m` (for $queryRaw); `false` when the viewer has none. */
export function municipalityScopeSql(viewer: Viewer, action: Action, entity: ScopedEntity): Prisma.Sql {
  return scopeOf(viewer, action, entity).sql;
}

/** A where for one municipality within the viewer's scope; null when the viewer can never match. */
export function scopedMunicipality(viewer: Viewer, code: string, action: Action, entity: ScopedEntity): Prisma.MunicipalityWhereInput | null {
  const where = municipalityScope(viewer, action, entity);
  return where ? { AND: [{ code }, where] } : null;
}

/**
 * Whether the viewer has this access to the municipality, when the viewer alone decides it: "any" access,
 * no access at all, or "own" access of a civil servant to their own municipality (the Viewer's municipality
 * comes from the same current membership the scope checks). null when only the database can tell. The
 * municipality itself must already be known to exist and be readable.
 */
export function decidedByViewer(viewer: Viewer, code: string, action: Action, entity: ScopedEntity): boolean | null {
  return scopeOf(viewer, action, entity).decided(code);
}

/**
 * The scope check of one municipality, for queries and mutations alike (true only if it exists and the
 * viewer has this access). A civil servant's current membership of it proves both without a query; every
 * other case is one count inside the viewer's scope. `count` runs on the caller's client or transaction.
 */
export async function hasMunicipalityAccess(
  count: (where: Prisma.MunicipalityWhereInput) => Promise<number>,
  viewer: Viewer,
  code: string,
  action: Action,
  entity: ScopedEntity,
): Promise<boolean> {
  if (accessFor(viewer.role, action, entity).includes("own") && viewer.municipalityCode === code) return true;
  const where = scopedMunicipality(viewer, code, action, entity);
  return where ? (await count(where)) === 1 : false;
}

/** The municipality (code and name) when the viewer has this access to it; otherwise NotFoundError. */
export async function requireMunicipality(
  client: Pick<Prisma.TransactionClient, "municipality">,
  viewer: Viewer | null,
  code: string,
  action: Action,
  entity: ScopedEntity,
): Promise<{ code: string; name: string }> {
  const where = viewer ? scopedMunicipality(viewer, code, action, entity) : null;
  if (!where) throw new NotFoundError();
  const m = await client.municipality.findFirst({ where, select: { code: true, name: true } });
  if (!m) throw new NotFoundError();
  return m;
}
