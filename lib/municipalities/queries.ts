import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MUNICIPALITIES_PAGE_SIZE, type MunicipalityFilters } from "./filters";

export type MunicipalityListItemDTO = {
  code: string;
  name: string;
  slug: string;
  provinceName: string;
  ggdRegionName: string;
  population: number;
  /** ISO date (yyyy-mm-dd) the population figure refers to. */
  populationDate: string;
  sizeClass: number;
};

export type MunicipalityPageDTO = {
  items: MunicipalityListItemDTO[];
  total: number;
  /** The page actually shown (a page past the end shows the last page). */
  page: number;
  pageCount: number;
  pageSize: number;
};

export type FilterOptionDTO = { code: string; name: string };

export type MunicipalityFilterOptionsDTO = {
  provinces: FilterOptionDTO[];
  ggdRegions: FilterOptionDTO[];
};

/** Prisma passes `contains` to ILIKE unescaped: make %, _ and \ match themselves. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function gidsWhere(filters: MunicipalityFilters): Prisma.MunicipalityWhereInput {
  return {
    isGids: true,
    ...(filters.search ? { name: { contains: escapeLike(filters.search), mode: "insensitive" } } : {}),
    ...(filters.provinceCode ? { provinceCode: filters.provinceCode } : {}),
    ...(filters.ggdRegionCode ? { ggdRegionCode: filters.ggdRegionCode } : {}),
  };
}

/** One page of GIDS municipalities matching the filters, sorted by name; filtering and paging in SQL. */
export async function listGidsMunicipalities(
  filters: MunicipalityFilters,
  pageSize: number = MUNICIPALITIES_PAGE_SIZE,
): Promise<MunicipalityPageDTO> {
  const where = gidsWhere(filters);
  const total = await db.municipality.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filters.page), pageCount);
  const rows = await db.municipality.findMany({
    where,
    select: {
      code: true,
      name: true,
      slug: true,
      population: true,
      populationDate: true,
      sizeClass: true,
      province: { select: { name: true } },
      ggdRegion: { select: { name: true } },
    },
    orderBy: [{ name: filters.sort }, { code: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return {
    items: rows.map((r) => ({
      code: r.code,
      name: r.name,
      slug: r.slug,
      provinceName: r.province.name,
      ggdRegionName: r.ggdRegion.name,
      population: r.population,
      populationDate: r.populationDate.toISOString().slice(0, 10),
      sizeClass: r.sizeClass,
    })),
    total,
    page,
    pageCount,
    pageSize,
  };
}

/** Provinces and GGD regions that have at least one GIDS municipality (the filter choices). */
export async function getMunicipalityFilterOptions(): Promise<MunicipalityFilterOptionsDTO> {
  const hasGids = { municipalities: { some: { isGids: true } } };
  const [provinces, ggdRegions] = await Promise.all([
    db.province.findMany({ where: hasGids, select: { code: true, name: true }, orderBy: { name: "asc" } }),
    db.ggdRegion.findMany({ where: hasGids, select: { code: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { provinces, ggdRegions };
}

/** Number of GIDS municipalities (home page). */
export async function countGidsMunicipalities(): Promise<number> {
  return db.municipality.count({ where: { isGids: true } });
}
