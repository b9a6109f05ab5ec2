import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-types";
import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/state";
import { hasMunicipalityAccess } from "@/lib/auth/scope";
import { V } from "@/lib/workspace/form";
import { INITIATIVE_SELECT, toInitiativeDTO } from "./queries";
import type { InitiativeInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/** Fails closed (404) unless the viewer may change this municipality's initiatives. */
export async function assertInitiativesWritable(tx: Tx, viewer: Viewer, code: string): Promise<void> {
  if (!(await hasMunicipalityAccess((where) => tx.municipality.count({ where }), viewer, code, "write", "initiative"))) throw new NotFoundError();
}

/** The initiative as the audit's "before", tied to the municipality of the URL (else 404). */
export async function readInitiative(tx: Tx, code: string, id: string) {
  const row = await tx.initiative.findFirst({ where: { id, municipalityCode: code }, select: INITIATIVE_SELECT });
  if (!row) throw new NotFoundError();
  return toInitiativeDTO(row, null);
}

/**
 * A likely duplicate: another non-archived initiative of the municipality with the same title (ignoring
 * case and surrounding spaces). The user may confirm it is a different one.
 */
export async function assertNotDuplicate(tx: Tx, code: string, input: InitiativeInput, exceptId?: string): Promise<void> {
  if (input.confirmDuplicate) return;
  const same = await tx.initiative.count({
    where: {
      municipalityCode: code,
      archivedAt: null,
      title: { equals: input.title, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
  });
  if (same > 0) throw new DomainError("initiatives.form.duplicateWarning", { title: [V.duplicateTitle] });
}

function scalars(d: InitiativeInput) {
  return {
    title: d.title,
    description: d.description,
    status: d.status,
    startDate: d.startDate ? new Date(`${d.startDate}T00:00:00Z`) : null,
    endDate: d.endDate ? new Date(`${d.endDate}T00:00:00Z`) : null,
    targetGroups: d.targetGroups,
    neighbourhoods: d.neighbourhoods,
    programmes: d.programmes,
    budgetCents: d.budgetCents === null ? null : BigInt(d.budgetCents),
    fundingSources: d.fundingSources,
    residentsReached: d.residentsReached,
    lowSesReached: d.lowSesReached,
    monitoringLevel: d.monitoringLevel,
    visibility: d.visibility,
  };
}

/** The child lists of an initiative, as stored (read back) or as submitted. */
type Children = { tracks: readonly string[]; pillars: readonly number[]; partners: readonly { type: string; name: string }[] };

/**
 * Which of the child lists differ from what is stored (`before`: read in the same transaction; null when
 * there is nothing yet). Tracks and pillars are sets; partners a list in the user's order. Pure.
 */
export function changedChildren(before: Children | null, d: Children): { tracks: boolean; pillars: boolean; partners: boolean } {
  const sameSet = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");
  return {
    tracks: !before || !sameSet(before.tracks, d.tracks),
    pillars: !before || !sameSet(before.pillars.map(String), d.pillars.map(String)),
    partners: !before || before.partners.length !== d.partners.length || before.partners.some((p, i) => p.type !== d.partners[i]!.type || p.name !== d.partners[i]!.name),
  };
}

/** Replaces the child lists that changed (most edits change none: they cost no queries then). */
async function writeChildren(tx: Tx, initiativeId: string, d: InitiativeInput, before: Children | null): Promise<void> {
  const changed = changedChildren(before, d);
  if (changed.tracks) {
    if (before) await tx.initiativeTrack.deleteMany({ where: { initiativeId } });
    await tx.initiativeTrack.createMany({ data: d.tracks.map((trackCode) => ({ initiativeId, trackCode })) });
  }
  if (changed.pillars) {
    if (before) await tx.initiativePillar.deleteMany({ where: { initiativeId } });
    await tx.initiativePillar.createMany({ data: d.pillars.map((pillarNumber) => ({ initiativeId, pillarNumber })) });
  }
  if (changed.partners) {
    if (before) await tx.initiativePartner.deleteMany({ where: { initiativeId } });
    await tx.initiativePartner.createMany({ data: d.partners.map((p, i) => ({ initiativeId, type: p.type, name: p.name, sortOrder: i })) });
  }
}

export async function createInitiative(tx: Tx, viewer: Viewer, d: InitiativeInput) {
  const created = await tx.initiative.create({
    data: { municipalityCode: d.code, ...scalars(d), createdById: viewer.id, updatedById: viewer.id },
    select: { id: true, version: true },
  });
  await writeChildren(tx, created.id, d, null);
  return created;
}

/**
 * Saves only if nobody changed the initiative since `version` was loaded; otherwise ConflictError.
 * `before` is the initiative as read in this transaction: when the version check passes it is what the
 * update replaces, so child lists equal to it stay as they are.
 */
export async function updateInitiative(tx: Tx, viewer: Viewer, id: string, version: number, d: InitiativeInput, before: Children) {
  const res = await tx.initiative.updateMany({
    where: { id, municipalityCode: d.code, version },
    data: { ...scalars(d), updatedById: viewer.id, version: { increment: 1 } },
  });
  if (res.count === 0) throw new ConflictError();
  await writeChildren(tx, id, d, before);
  return { id, version: version + 1 };
}

/** Archives (or restores) with the same version check. */
export async function setArchived(tx: Tx, viewer: Viewer, code: string, id: string, version: number, archived: boolean) {
  const res = await tx.initiative.updateMany({
    where: { id, municipalityCode: code, version },
    data: { archivedAt: archived ? new Date() : null, updatedById: viewer.id, version: { increment: 1 } },
  });
  if (res.count === 0) throw new ConflictError();
  return { id, version: version + 1 };
}
