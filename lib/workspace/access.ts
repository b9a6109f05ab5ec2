import "server-only";
import { accessFor, type Action, type Entity } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { Prisma } from "@/lib/generated/prisma/client";

// The workspace's one access rule, derived from the permission map: which municipalities a viewer may
// read or write for an entity. Only "own", "assigned" and "any" open a workspace; "network", "public" and
// "submitted" grant views elsewhere (the network list, national dashboards), never the workspace itself.
// Every query and action of the workspace puts this scope into its own `where` or SQL.

export type WorkspaceEntity = Extract<Entity, "municipality" | "approach" | "initiative" | "questionnaire" | "review">;

/** Prisma filter on municipality for the viewer's access, or null when the viewer has none. */
export function municipalityScope(viewer: Viewer, action: Action, entity: WorkspaceEntity): Prisma.MunicipalityWhereInput | null {
  const access = accessFor(viewer.role, action, entity);
  if (access.includes("any")) return {};
  const or: Prisma.MunicipalityWhereInput[] = [];
  if (access.includes("own")) or.push({ memberships: { some: { userId: viewer.id, validTo: null } } });
  if (access.includes("assigned")) or.push({ adviserAssignments: { some: { adviserId: viewer.id, validTo: null } } });
  if (or.length === 0) return null;
  return or.length === 1 ? or[0]! : { OR: or };
}

/** The same rule as SQL over a municipality alias `m` (for $queryRaw); `false` when the viewer has none. */
export function municipalityScopeSql(viewer: Viewer, action: Action, entity: WorkspaceEntity): Prisma.Sql {
  const access = accessFor(viewer.role, action, entity);
  if (access.includes("any")) return Prisma.sql`true`;
  const parts: Prisma.Sql[] = [];
  if (access.includes("own")) {
    parts.push(Prisma.sql`exists (select 1 from membership ms where ms.municipality_code = m.code
      and ms.user_id = ${viewer.id}::uuid and ms.valid_to is null)`);
  }
  if (access.includes("assigned")) {
    parts.push(Prisma.sql`exists (select 1 from adviser_assignment aa where aa.municipality_code = m.code
      and aa.adviser_id = ${viewer.id}::uuid and aa.valid_to is null)`);
  }
  if (parts.length === 0) return Prisma.sql`false`;
  return Prisma.sql`(${Prisma.join(parts, " or ")})`;
}

/** A where for one municipality within the viewer's scope; null when the viewer can never match. */
export function scopedMunicipality(viewer: Viewer, code: string, action: Action, entity: WorkspaceEntity): Prisma.MunicipalityWhereInput | null {
  const scope = municipalityScope(viewer, action, entity);
  return scope ? { AND: [{ code }, scope] } : null;
}

/**
 * Whether the viewer has this access to the municipality, when the viewer alone decides it: "any" access,
 * no access at all, or "own" access of a civil servant to their own municipality (the Viewer's municipality
 * comes from the same current membership the scope checks). null when only the database can tell
 * (an adviser's assignment, or "own" access to another municipality that a membership might still grant).
 * The municipality itself must already be known to exist and be readable.
 */
export function decidedByViewer(viewer: Viewer, code: string, action: Action, entity: WorkspaceEntity): boolean | null {
  const access = accessFor(viewer.role, action, entity);
  if (access.includes("any")) return true;
  if (access.includes("own") && viewer.municipalityCode === code) return true;
  if (!access.includes("own") && !access.includes("assigned")) return false;
  return null;
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
  entity: WorkspaceEntity,
): Promise<boolean> {
  if (accessFor(viewer.role, action, entity).includes("own") && viewer.municipalityCode === code) return true;
  const where = scopedMunicipality(viewer, code, action, entity);
  return where ? (await count(where)) === 1 : false;
}
