import "server-only";
import { ConflictError, NotFoundError } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AdviceInput, FollowUpInput, UpdateAdviceInput } from "./schemas";

type Tx = Prisma.TransactionClient;
const d = (s: string) => new Date(`${s}T00:00:00.000Z`);

const fields = (i: AdviceInput) => ({
  date: d(i.date),
  kind: i.kind,
  mode: i.mode,
  trackCodes: i.trackCodes,
  pillarNumbers: i.pillarNumbers,
  notes: i.notes,
});

export async function createEntry(tx: Tx, viewer: Viewer, input: AdviceInput) {
  return tx.adviceEntry.create({
    data: {
      ...fields(input),
      municipalityCode: input.code,
      adviserId: viewer.id,
      followUps: { create: input.followUps.map((f) => ({ description: f.description, dueDate: d(f.dueDate) })) },
    },
    select: { id: true, version: true },
  });
}

/** The entry as it was (for the audit's "before"); only the author or an admin may change it. */
export async function readOwnEntry(tx: Tx, viewer: Viewer, code: string, id: string) {
  const e = await tx.adviceEntry.findFirst({
    where: { id, municipalityCode: code },
    select: { adviserId: true, version: true, date: true, kind: true, mode: true, trackCodes: true, pillarNumbers: true, notes: true, followUps: { select: { id: true, description: true, dueDate: true, doneAt: true } } },
  });
  if (!e || (e.adviserId !== viewer.id && !can(viewer.role, "write", "advice", "any"))) throw new NotFoundError();
  return e;
}

/**
 * Saves the entry when nobody changed it since the form loaded (version), then brings its open follow-ups
 * in line with the form: listed ones updated, new ones created, open ones left out deleted. Done
 * follow-ups are history and stay untouched.
 */
export async function updateEntry(tx: Tx, input: UpdateAdviceInput, existing: { id: string; doneAt: Date | null }[]) {
  const saved = await tx.adviceEntry.updateMany({ where: { id: input.id, version: input.version }, data: { ...fields(input), version: { increment: 1 } } });
  if (saved.count !== 1) throw new ConflictError();
  const open = new Set(existing.filter((f) => !f.doneAt).map((f) => f.id));
  const keep = input.followUps.filter((f): f is FollowUpInput & { id: string } => f.id !== null && open.has(f.id));
  for (const f of keep) await tx.followUp.update({ where: { id: f.id }, data: { description: f.description, dueDate: d(f.dueDate) } });
  const fresh = input.followUps.filter((f) => f.id === null || !open.has(f.id));
  if (fresh.length) await tx.followUp.createMany({ data: fresh.map((f) => ({ adviceEntryId: input.id, description: f.description, dueDate: d(f.dueDate) })) });
  const dropped = [...open].filter((id) => !keep.some((f) => f.id === id));
  if (dropped.length) await tx.followUp.deleteMany({ where: { id: { in: dropped }, adviceEntryId: input.id, doneAt: null } });
  return { id: input.id, version: input.version + 1 };
}
