import "server-only";
import { userName } from "@/lib/auth/load-viewer";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { municipalityScope } from "@/lib/auth/scope";
import { INITIATIVES_PAGE_SIZE, type InitiativeFilters } from "./filters";
import { RUNNING_STATUSES } from "./options";
import type { InitiativeDTO, InitiativePageDTO } from "./types";

// Reads of a municipality's initiatives inside its workspace. The viewer's scope sits in every `where`,
// and the initiative is always tied to the municipality of the URL (another municipality's id → null).

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function scoped(viewer: Viewer, code: string): Prisma.InitiativeWhereInput | null {
  const scope = municipalityScope(viewer, "read", "initiative");
  return scope ? { municipalityCode: code, municipality: scope } : null;
}

function filterWhere(f: InitiativeFilters): Prisma.InitiativeWhereInput[] {
  const and: Prisma.InitiativeWhereInput[] = [{ archivedAt: f.archived ? { not: null } : null }];
  if (f.search) {
    and.push({ OR: [{ title: { contains: f.search, mode: "insensitive" } }, { description: { contains: f.search, mode: "insensitive" } }] });
  }
  if (f.track) and.push({ tracks: { some: { trackCode: f.track as Prisma.EnumTrackCodeFilter["equals"] } } });
  if (f.pillar) and.push({ pillars: { some: { pillarNumber: f.pillar } } });
  if (f.status === "ACTIVE") and.push({ status: { in: [...RUNNING_STATUSES] } });
  else if (f.status) and.push({ status: f.status as Prisma.InitiativeWhereInput["status"] });
  if (f.targetGroup) and.push({ targetGroups: { has: f.targetGroup as Prisma.EnumTargetGroupNullableListFilter["has"] } });
  if (f.year) {
    // Active in the year: started by its end and not ended before its start (no start date → unknown, left out).
    and.push({ startDate: { lte: new Date(Date.UTC(f.year, 11, 31)) } });
    and.push({ OR: [{ endDate: null }, { endDate: { gte: new Date(Date.UTC(f.year, 0, 1)) } }] });
  }
  return and;
}

/** One page of the municipality's initiatives matching the filters (filtering and paging in SQL). */
export async function listInitiatives(viewer: Viewer, code: string, f: InitiativeFilters, pageSize = INITIATIVES_PAGE_SIZE): Promise<InitiativePageDTO> {
  const base = scoped(viewer, code);
  if (!base) return { items: [], total: 0, page: 1, pageCount: 1, pageSize };
  const where: Prisma.InitiativeWhereInput = { AND: [base, ...filterWhere(f)] };
  const total = await db.initiative.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(f.page, pageCount);
  const rows = await db.initiative.findMany({
    where,
    select: {
      id: true,
      title: true,
      status: true,
      startDate: true,
      endDate: true,
      targetGroups: true,
      visibility: true,
      archivedAt: true,
      updatedAt: true,
      tracks: { select: { trackCode: true }, orderBy: { track: { sortOrder: "asc" } } },
      pillars: { select: { pillarNumber: true }, orderBy: { pillarNumber: "asc" } },
    },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      startDate: day(r.startDate),
      endDate: day(r.endDate),
      targetGroups: r.targetGroups,
      visibility: r.visibility,
      archivedAt: r.archivedAt?.toISOString() ?? null,
      updatedAt: r.updatedAt.toISOString(),
      tracks: r.tracks.map((t) => t.trackCode),
      pillars: r.pillars.map((p) => p.pillarNumber),
    })),
    total,
    page,
    pageCount,
    pageSize,
  };
}

export const INITIATIVE_SELECT = {
  id: true,
  municipalityCode: true,
  title: true,
  description: true,
  status: true,
  startDate: true,
  endDate: true,
  targetGroups: true,
  neighbourhoods: true,
  programmes: true,
  budgetCents: true,
  fundingSources: true,
  residentsReached: true,
  lowSesReached: true,
  monitoringLevel: true,
  visibility: true,
  archivedAt: true,
  version: true,
  updatedAt: true,
  updatedById: true,
  tracks: { select: { trackCode: true }, orderBy: { track: { sortOrder: "asc" } } },
  pillars: { select: { pillarNumber: true }, orderBy: { pillarNumber: "asc" } },
  partners: { select: { type: true, name: true }, orderBy: { sortOrder: "asc" } },
} satisfies Prisma.InitiativeSelect;

export type InitiativeRow = Prisma.InitiativeGetPayload<{ select: typeof INITIATIVE_SELECT }>;

export function toInitiativeDTO(r: InitiativeRow, updatedByName: string | null): InitiativeDTO {
  const { tracks, pillars, partners, budgetCents, startDate, endDate, archivedAt, updatedAt, updatedById: _u, ...rest } = r;
  return {
    ...rest,
    startDate: day(startDate),
    endDate: day(endDate),
    budgetCents: budgetCents === null ? null : Number(budgetCents),
    archivedAt: archivedAt?.toISOString() ?? null,
    updatedAt: updatedAt.toISOString(),
    tracks: tracks.map((t) => t.trackCode),
    pillars: pillars.map((p) => p.pillarNumber),
    partners,
    updatedByName,
  };
}

/** One initiative of the municipality, or null (unknown id, another municipality's, or not the viewer's). */
export const getInitiative = cache(async (viewer: Viewer, code: string, id: string): Promise<InitiativeDTO | null> => {
  const where = scoped(viewer, code);
  if (!where || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await db.initiative.findFirst({ where: { ...where, id }, select: INITIATIVE_SELECT });
  if (!row) return null;
  return toInitiativeDTO(row, await userName(row.updatedById));
});
