import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guard";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MunicipalityFilters } from "./schemas";

// Municipalities with their GIDS status: the admin list (paged) and the read API (every signed-in role:
// it is reference data; who may see it is decided by the API route, which requires a viewer).

export type MunicipalityRecordDTO = {
  code: string;
  name: string;
  province: { code: string; name: string };
  ggdRegion: { code: string; name: string };
  population: number;
  populationDate: string;
  sizeClass: number;
  isGids: boolean;
  gidsSince: number | null;
  validTo: string | null;
  successorCode: string | null;
};
export type MunicipalityAdminPageDTO = { items: MunicipalityRecordDTO[]; total: number; page: number; pageCount: number; gidsCount: number };

export const MUNICIPALITY_ADMIN_PAGE_SIZE = 50;
const day = (d: Date) => d.toISOString().slice(0, 10);

const SELECT = {
  code: true,
  name: true,
  population: true,
  populationDate: true,
  sizeClass: true,
  isGids: true,
  gidsSince: true,
  validTo: true,
  successorCode: true,
  province: { select: { code: true, name: true } },
  ggdRegion: { select: { code: true, name: true } },
} as const;

type Row = Prisma.MunicipalityGetPayload<{ select: typeof SELECT }>;
const toDTO = (m: Row): MunicipalityRecordDTO => ({ ...m, populationDate: day(m.populationDate), validTo: m.validTo ? day(m.validTo) : null });

export async function listMunicipalitiesAdmin(viewer: Viewer | null, filters: MunicipalityFilters): Promise<MunicipalityAdminPageDTO> {
  assertCan(viewer, "manage", "import");
  const where: Prisma.MunicipalityWhereInput = {
    ...(filters.q ? { OR: [{ name: { contains: filters.q, mode: "insensitive" } }, { code: { contains: filters.q.toUpperCase() } }] } : {}),
    ...(filters.gids ? { isGids: filters.gids === "yes" } : {}),
  };
  const [total, gidsCount] = await Promise.all([db.municipality.count({ where }), db.municipality.count({ where: { isGids: true, validTo: null } })]);
  const pageCount = Math.max(1, Math.ceil(total / MUNICIPALITY_ADMIN_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.municipality.findMany({
    where,
    select: SELECT,
    orderBy: [{ name: "asc" }, { code: "asc" }],
    skip: (page - 1) * MUNICIPALITY_ADMIN_PAGE_SIZE,
    take: MUNICIPALITY_ADMIN_PAGE_SIZE,
  });
  return { items: rows.map(toDTO), total, page, pageCount, gidsCount };
}

/** Every municipality (current and merged away), by code, for GET /api/v1/municipalities. */
export async function listMunicipalitiesForApi(viewer: Viewer | null, opts: { gidsOnly: boolean }): Promise<MunicipalityRecordDTO[]> {
  // Every role holds read:national (reference data); anonymous requests are refused here as well.
  assertCan(viewer, "read", "national");
  const rows = await db.municipality.findMany({ where: opts.gidsOnly ? { isGids: true } : undefined, select: SELECT, orderBy: { code: "asc" } });
  return rows.map(toDTO);
}
