import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { startOfDutchDay } from "@/lib/users/dates";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "./schemas";

export type AuditEventDTO = {
  id: string;
  at: string;
  actor: { id: string; name: string; email: string } | null;
  actorRole: Role | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  origin: string;
};
export type AuditPageDTO = { items: AuditEventDTO[]; total: number; page: number; pageCount: number; pageSize: number };

const DAY_MS = 86_400_000;

function whereOf(f: AuditFilters): Prisma.AuditEventWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (f.from) at.gte = startOfDutchDay(f.from);
  // "to" is inclusive: everything before the start of the next day.
  if (f.to) at.lt = startOfDutchDay(new Date(Date.parse(`${f.to}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10));
  return {
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.from || f.to ? { at } : {}),
    ...(f.actor
      ? { actor: { OR: [{ email: { contains: f.actor, mode: "insensitive" } }, { name: { contains: f.actor, mode: "insensitive" } }] } }
      : {}),
  };
}

/** One page of the audit trail, newest first, with before/after as stored. Admin only. */
export async function listAuditEvents(viewer: Viewer | null, filters: AuditFilters): Promise<AuditPageDTO> {
  assertCan(viewer, "read", "audit");
  const where = whereOf(filters);
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.auditEvent.findMany({
    where,
    select: {
      id: true,
      at: true,
      actorRole: true,
      action: true,
      entity: true,
      entityId: true,
      before: true,
      after: true,
      origin: true,
      actor: { select: { id: true, name: true, email: true } },
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  const items = rows.map((r) => ({ ...r, id: r.id.toString(), at: r.at.toISOString() }));
  return { items, total, page, pageCount, pageSize: AUDIT_PAGE_SIZE };
}

export type AuditFacetsDTO = { entities: string[]; actions: string[] };

/** The entities and actions that occur, for the filter choices. */
export async function listAuditFacets(viewer: Viewer | null): Promise<AuditFacetsDTO> {
  assertCan(viewer, "read", "audit");
  const [entities, actions] = await Promise.all([
    db.auditEvent.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { entities: entities.map((e) => e.entity), actions: actions.map((a) => a.action) };
}
