import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/actions/state";
import { assertCan } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { USERS_PAGE_SIZE, type UserFilters } from "./schemas";

// User management reads (admin only, checked here, not only in the pages).

export type UserListItemDTO = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  municipality: { code: string; name: string } | null;
  assignedCount: number;
  lastLoginAt: string | null;
};
export type UserPageDTO = { items: UserListItemDTO[]; total: number; page: number; pageCount: number; pageSize: number };

export type PeriodDTO = { municipalityCode: string; municipalityName: string; validFrom: string; validTo: string | null };
export type UserDetailDTO = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  version: number;
  createdAt: string;
  lastLoginAt: string | null;
  memberships: PeriodDTO[];
  assignments: PeriodDTO[];
};

const day = (d: Date) => d.toISOString().slice(0, 10);
const period = (r: { municipalityCode: string; municipality: { name: string }; validFrom: Date; validTo: Date | null }): PeriodDTO => ({
  municipalityCode: r.municipalityCode,
  municipalityName: r.municipality.name,
  validFrom: day(r.validFrom),
  validTo: r.validTo ? day(r.validTo) : null,
});

export async function listUsers(viewer: Viewer | null, filters: UserFilters): Promise<UserPageDTO> {
  assertCan(viewer, "manage", "user");
  const where: Prisma.UserWhereInput = {
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.q
      ? { OR: [{ name: { contains: filters.q, mode: "insensitive" } }, { email: { contains: filters.q, mode: "insensitive" } }] }
      : {}),
  };
  const total = await db.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.user.findMany({
    where,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      lastLoginAt: true,
      memberships: { where: { validTo: null }, select: { municipality: { select: { code: true, name: true } } }, take: 1 },
      _count: { select: { adviserAssignments: { where: { validTo: null } } } },
    },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    skip: (page - 1) * USERS_PAGE_SIZE,
    take: USERS_PAGE_SIZE,
  });
  const items = rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    active: r.active,
    municipality: r.memberships[0]?.municipality ?? null,
    assignedCount: r._count.adviserAssignments,
    lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
  }));
  return { items, total, page, pageCount, pageSize: USERS_PAGE_SIZE };
}

/** One user with the full history of memberships and adviser assignments, newest first. */
export async function getUserDetail(viewer: Viewer | null, id: string): Promise<UserDetailDTO> {
  assertCan(viewer, "manage", "user");
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();
  const historySelect = { municipalityCode: true, validFrom: true, validTo: true, municipality: { select: { name: true } } } as const;
  const newestFirst = [{ validTo: { sort: "desc", nulls: "first" } }, { validFrom: "desc" }, { createdAt: "desc" }] as const;
  const u = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      version: true,
      createdAt: true,
      lastLoginAt: true,
      memberships: { select: historySelect, orderBy: [...newestFirst] },
      adviserAssignments: { select: historySelect, orderBy: [...newestFirst] },
    },
  });
  if (!u) throw new NotFoundError();
  return {
    ...u,
    createdAt: u.createdAt.toISOString(),
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    memberships: u.memberships.map(period),
    assignments: u.adviserAssignments.map(period),
  };
}

export type MunicipalityChoiceDTO = { code: string; name: string; isGids: boolean; adviserName: string | null };

/** Municipalities to link or assign, with their current adviser (admin forms). */
export async function listMunicipalityChoices(viewer: Viewer | null): Promise<MunicipalityChoiceDTO[]> {
  assertCan(viewer, "manage", "user");
  const rows = await db.municipality.findMany({
    where: { validTo: null },
    select: {
      code: true,
      name: true,
      isGids: true,
      adviserAssignments: { where: { validTo: null }, select: { adviser: { select: { name: true } } }, take: 1 },
    },
    orderBy: { name: "asc" },
  });
  return rows.map((r) => ({ code: r.code, name: r.name, isGids: r.isGids, adviserName: r.adviserAssignments[0]?.adviser.name ?? null }));
}

export type AdminOverviewDTO = { usersByRole: Record<Role, number>; inactiveUsers: number; activeTokens: number; auditLast24h: number };

/** Counts for the admin home. */
export async function getAdminOverview(viewer: Viewer | null): Promise<AdminOverviewDTO> {
  assertCan(viewer, "manage", "user");
  const [byRole, inactiveUsers, activeTokens, auditLast24h] = await Promise.all([
    db.user.groupBy({ by: ["role"], where: { active: true }, _count: { _all: true } }),
    db.user.count({ where: { active: false } }),
    db.apiToken.count({ where: { revokedAt: null } }),
    db.auditEvent.count({ where: { at: { gte: new Date(Date.now() - 86_400_000) } } }),
  ]);
  const usersByRole: Record<Role, number> = { CIVIL_SERVANT: 0, ADVISER: 0, VWS: 0, ADMIN: 0 };
  for (const r of byRole) usersByRole[r.role] = r._count._all;
  return { usersByRole, inactiveUsers, activeTokens, auditLast24h };
}
