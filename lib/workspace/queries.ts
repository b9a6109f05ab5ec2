import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import { PILLAR_NUMBERS, TRACK_CODES } from "@/lib/initiatives/options";
import { hasMunicipalityAccess, municipalityScopeSql, scopedMunicipality } from "@/lib/auth/scope";
import { shapeMatrix, type MatrixDTO, type MatrixRow } from "./matrix";

export type WorkspaceDTO = {
  code: string;
  name: string;
  sizeClass: number;
  population: number;
  isGids: boolean;
  /** Whether the viewer may change the approach, initiatives and questionnaire (advisers read only). */
  canWrite: boolean;
};

/**
 * The workspace of one municipality as the viewer may see it, or null (the page answers 404: no hint
 * whether the municipality exists). Cached per request: the layout and the page both ask.
 */
export const getWorkspace = cache(async (viewer: Viewer, code: string): Promise<WorkspaceDTO | null> => {
  const read = scopedMunicipality(viewer, code, "read", "municipality");
  if (!read) return null;
  const row = await db.municipality.findFirst({
    where: read,
    select: { code: true, name: true, sizeClass: true, population: true, isGids: true },
  });
  if (!row) return null;
  const canWrite = await hasMunicipalityAccess((where) => db.municipality.count({ where }), viewer, code, "write", "initiative");
  return { ...row, canWrite };
});

type RawMatrixRow = { track: string | null; pillar: number | null; grouping: number; count: number };

/**
 * Running initiatives of the municipality by track × pillar, with track totals, pillar totals and the
 * total in one GROUPING SETS query (an initiative on several tracks counts once in each, once in the total).
 */
export async function getInitiativeMatrix(viewer: Viewer, code: string): Promise<MatrixDTO> {
  const rows = await db.$queryRaw<RawMatrixRow[]>`
    select it.track_code::text as track, ip.pillar_number::int as pillar,
      grouping(it.track_code, ip.pillar_number)::int as grouping, count(distinct i.id)::int as count
    from municipality m
    join initiative i on i.municipality_code = m.code
    left join initiative_track it on it.initiative_id = i.id
    left join initiative_pillar ip on ip.initiative_id = i.id
    where m.code = ${code} and ${municipalityScopeSql(viewer, "read", "initiative")}
      and i.archived_at is null and i.status in ('RUNNING', 'STRUCTURAL')
    group by grouping sets ((it.track_code, ip.pillar_number), (it.track_code), (ip.pillar_number), ())`;
  return shapeMatrix(TRACK_CODES, PILLAR_NUMBERS, rows satisfies MatrixRow[]);
}

export type LastUpdatedDTO = { at: string; byName: string | null } | null;

/** When anything of the approach or its initiatives last changed, and by whom (name only). */
export async function getLastUpdated(viewer: Viewer, code: string): Promise<LastUpdatedDTO> {
  const rows = await db.$queryRaw<{ at: Date; by_name: string | null }[]>`
    select x.at, u.name as by_name from (
      select a.updated_at as at, a.updated_by_id as by_id from approach a where a.municipality_code = ${code}
      union all
      select i.updated_at, i.updated_by_id from initiative i where i.municipality_code = ${code}
    ) x
    join municipality m on m.code = ${code}
    left join app_user u on u.id = x.by_id
    where ${municipalityScopeSql(viewer, "read", "approach")}
    order by x.at desc
    limit 1`;
  const row = rows[0];
  return row ? { at: row.at.toISOString(), byName: row.by_name } : null;
}
