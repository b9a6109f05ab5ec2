import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-types";
import { ConflictError, NotFoundError } from "@/lib/actions/state";
import { hasMunicipalityAccess } from "@/lib/auth/scope";
import { APPROACH_SELECT, toApproachDTO } from "./queries";
import type { ApproachContent } from "./types";

type Tx = Prisma.TransactionClient;

/** Fails closed (404) unless the viewer may change this municipality's approach. */
export async function assertApproachWritable(tx: Tx, viewer: Viewer, code: string): Promise<void> {
  if (!(await hasMunicipalityAccess((where) => tx.municipality.count({ where }), viewer, code, "write", "approach"))) throw new NotFoundError();
}

function scalars(c: ApproachContent) {
  return {
    stage: c.stage,
    lowSesInvolved: c.lowSesInvolved,
    residentMethods: c.residentMethods as Prisma.ApproachCreateInput["residentMethods"],
    monitoringAttention: c.monitoringAttention,
    monitoringLevels: c.monitoringLevels as Prisma.ApproachCreateInput["monitoringLevels"],
    anchoringAttention: c.anchoringAttention,
    anchoringMethods: c.anchoringMethods as Prisma.ApproachCreateInput["anchoringMethods"],
    fundingSources: c.fundingSources as Prisma.ApproachCreateInput["fundingSources"],
    story: c.story,
  };
}

async function writeChildren(tx: Tx, approachId: string, c: ApproachContent): Promise<void> {
  await tx.approachTrack.deleteMany({ where: { approachId } });
  await tx.approachPillar.deleteMany({ where: { approachId } });
  await tx.approachTrack.createMany({
    data: c.tracks.map((t) => ({ approachId, trackCode: t.code as Prisma.ApproachTrackCreateManyInput["trackCode"], text: t.text })),
  });
  await tx.approachPillar.createMany({
    data: c.pillars.map((p) => ({ approachId, pillarNumber: p.number, assessment: p.assessment, note: p.note })),
  });
}

/** Reads an approach of the municipality as the audit's "before" (inside the transaction). */
export async function readApproach(tx: Tx, code: string, where: { id: string } | { year: number }) {
  const row = await tx.approach.findFirst({ where: { municipalityCode: code, ...where }, select: APPROACH_SELECT });
  return row ? toApproachDTO(row) : null;
}

/** Creates the approach of a year; a year that already exists is a conflict (someone else started it). */
export async function createApproach(tx: Tx, viewer: Viewer, code: string, year: number, c: ApproachContent) {
  if (await tx.approach.count({ where: { municipalityCode: code, year } })) throw new ConflictError();
  const created = await tx.approach.create({
    data: { municipalityCode: code, year, ...scalars(c), updatedById: viewer.id },
    select: { id: true, version: true },
  });
  await writeChildren(tx, created.id, c);
  return created;
}

/** Updates an approach if nobody changed it since `version` was read; otherwise ConflictError. */
export async function updateApproach(tx: Tx, viewer: Viewer, id: string, version: number, c: ApproachContent) {
  const res = await tx.approach.updateMany({
    where: { id, version },
    data: { ...scalars(c), updatedById: viewer.id, version: { increment: 1 } },
  });
  if (res.count === 0) throw new ConflictError();
  await writeChildren(tx, id, c);
  return { id, version: version + 1 };
}

/** The content to start a new year with: the most recent earlier year's, or an empty approach. */
export async function startContent(tx: Tx, code: string, year: number, from: "copy" | "empty"): Promise<{ content: ApproachContent; fromYear: number | null }> {
  const empty: ApproachContent = {
    stage: null,
    lowSesInvolved: null,
    residentMethods: [],
    monitoringAttention: null,
    monitoringLevels: [],
    anchoringAttention: null,
    anchoringMethods: [],
    fundingSources: [],
    story: "",
    tracks: [],
    pillars: [],
  };
  if (from === "empty") return { content: empty, fromYear: null };
  const prev = await tx.approach.findFirst({
    where: { municipalityCode: code, year: { lt: year } },
    select: APPROACH_SELECT,
    orderBy: { year: "desc" },
  });
  if (!prev) return { content: empty, fromYear: null };
  const { id: _id, year: fromYear, version: _v, updatedAt: _u, ...content } = toApproachDTO(prev);
  return { content, fromYear };
}
