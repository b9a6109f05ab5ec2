import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { municipalityScope } from "@/lib/auth/scope";
import type { ApproachDTO } from "./types";

// Reads of a municipality's approach. Every read carries the viewer's scope in its `where`.

export const APPROACH_SELECT = {
  id: true,
  year: true,
  version: true,
  stage: true,
  lowSesInvolved: true,
  residentMethods: true,
  monitoringAttention: true,
  monitoringLevels: true,
  anchoringAttention: true,
  anchoringMethods: true,
  fundingSources: true,
  story: true,
  updatedAt: true,
  tracks: { select: { trackCode: true, text: true }, orderBy: { track: { sortOrder: "asc" } } },
  pillars: { select: { pillarNumber: true, assessment: true, note: true }, orderBy: { pillarNumber: "asc" } },
} satisfies Prisma.ApproachSelect;

type ApproachRow = Prisma.ApproachGetPayload<{ select: typeof APPROACH_SELECT }>;

export function toApproachDTO(r: ApproachRow): ApproachDTO {
  return {
    id: r.id,
    year: r.year,
    version: r.version,
    stage: r.stage,
    lowSesInvolved: r.lowSesInvolved,
    residentMethods: r.residentMethods,
    monitoringAttention: r.monitoringAttention,
    monitoringLevels: r.monitoringLevels,
    anchoringAttention: r.anchoringAttention,
    anchoringMethods: r.anchoringMethods,
    fundingSources: r.fundingSources,
    story: r.story,
    tracks: r.tracks.map((t) => ({ code: t.trackCode, text: t.text })),
    pillars: r.pillars.map((p) => ({ number: p.pillarNumber, assessment: p.assessment, note: p.note })),
    updatedAt: r.updatedAt.toISOString(),
  };
}

function scoped(viewer: Viewer, code: string): Prisma.ApproachWhereInput | null {
  const scope = municipalityScope(viewer, "read", "approach");
  return scope ? { municipalityCode: code, municipality: scope } : null;
}

// Who edited last is shown from getLastUpdated (lib/workspace/queries.ts), over approach and initiatives.
const toDTO = (row: ApproachRow | null): ApproachDTO | null => (row ? toApproachDTO(row) : null);

/** The years the municipality logged an approach for, newest first. */
export async function listApproachYears(viewer: Viewer, code: string): Promise<number[]> {
  const where = scoped(viewer, code);
  if (!where) return [];
  const rows = await db.approach.findMany({ where, select: { year: true }, orderBy: { year: "desc" } });
  return rows.map((r) => r.year);
}

/** The approach of one year, or null (none logged, or not the viewer's to see). */
export async function getApproach(viewer: Viewer, code: string, year: number): Promise<ApproachDTO | null> {
  const where = scoped(viewer, code);
  if (!where) return null;
  return toDTO(await db.approach.findFirst({ where: { ...where, year }, select: APPROACH_SELECT }));
}

/** The most recent approach (optionally before a year), or null. */
/** Cached per request: the home page's cards and overview both ask. */
export const getLatestApproach = cache(async (viewer: Viewer, code: string, beforeYear?: number): Promise<ApproachDTO | null> => {
  const where = scoped(viewer, code);
  if (!where) return null;
  const row = await db.approach.findFirst({
    where: { ...where, ...(beforeYear ? { year: { lt: beforeYear } } : {}) },
    select: APPROACH_SELECT,
    orderBy: { year: "desc" },
  });
  return toDTO(row);
});
