import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { dutchDay, isoDay } from "@/lib/caseload/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireMunicipality } from "@/lib/auth/scope";
import type { AdviceKindKey, AdviceModeKey } from "./options";

// The advice log of one municipality: for its current adviser and admins (the civil servant has no
// read:advice). The whole history shows, whoever wrote it: after a handover the new adviser reads it all.

export type FollowUpDTO = { id: string; description: string; dueDate: string; doneAt: string | null; overdue: boolean };
export type AdviceEntryDTO = {
  id: string;
  date: string;
  kind: AdviceKindKey;
  mode: AdviceModeKey;
  trackCodes: string[];
  pillarNumbers: number[];
  notes: string;
  version: number;
  adviserName: string;
  /** Only the author (or an admin) edits an entry. */
  canEdit: boolean;
  updatedAt: string;
  followUps: FollowUpDTO[];
};
export type AdviceLogDTO = { municipality: { code: string; name: string }; entries: AdviceEntryDTO[]; openFollowUps: number; overdueFollowUps: number };

const SELECT = {
  id: true,
  date: true,
  kind: true,
  mode: true,
  trackCodes: true,
  pillarNumbers: true,
  notes: true,
  version: true,
  updatedAt: true,
  adviserId: true,
  adviser: { select: { name: true } },
  followUps: { select: { id: true, description: true, dueDate: true, doneAt: true }, orderBy: [{ dueDate: "asc" }, { id: "asc" }] },
} satisfies Prisma.AdviceEntrySelect;

type Row = Prisma.AdviceEntryGetPayload<{ select: typeof SELECT }>;

function toDTO(viewer: Viewer, r: Row, today: string): AdviceEntryDTO {
  return {
    id: r.id,
    date: isoDay(r.date)!,
    kind: r.kind,
    mode: r.mode,
    trackCodes: r.trackCodes,
    pillarNumbers: r.pillarNumbers,
    notes: r.notes,
    version: r.version,
    adviserName: r.adviser.name,
    canEdit: r.adviserId === viewer.id || can(viewer.role, "write", "advice", "any"),
    updatedAt: r.updatedAt.toISOString(),
    followUps: r.followUps.map((f) => ({
      id: f.id,
      description: f.description,
      dueDate: isoDay(f.dueDate)!,
      doneAt: f.doneAt?.toISOString() ?? null,
      overdue: !f.doneAt && isoDay(f.dueDate)! < today,
    })),
  };
}

/** Every advice entry of the municipality, newest first, with its follow-ups. */
export async function listAdvice(viewer: Viewer, code: string, today: Date = new Date()): Promise<AdviceLogDTO> {
  const municipality = await requireMunicipality(db, viewer, code, "read", "advice");
  const rows = await db.adviceEntry.findMany({ where: { municipalityCode: code }, select: SELECT, orderBy: [{ date: "desc" }, { createdAt: "desc" }] });
  const day = dutchDay(today);
  const entries = rows.map((r) => toDTO(viewer, r, day));
  const open = entries.flatMap((e) => e.followUps).filter((f) => !f.doneAt);
  return { municipality, entries, openFollowUps: open.length, overdueFollowUps: open.filter((f) => f.overdue).length };
}

/** One entry for the edit form: it must belong to this municipality and the viewer must be its author (or admin). */
export async function getAdviceEntry(viewer: Viewer, code: string, id: string): Promise<AdviceEntryDTO> {
  await requireMunicipality(db, viewer, code, "write", "advice");
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();
  const row = await db.adviceEntry.findFirst({ where: { id, municipalityCode: code }, select: SELECT });
  if (!row) throw new NotFoundError();
  const dto = toDTO(viewer, row, dutchDay(new Date()));
  if (!dto.canEdit) throw new NotFoundError();
  return dto;
}
