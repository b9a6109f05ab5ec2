import "server-only";
import { z } from "zod";
import { isListening, viewerVersion } from "@/lib/cache/bus";
import { KeptWhileUnchanged } from "@/lib/cache/kept";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "./viewer-types";

const Id = z.uuid();

const USER_SELECT = {
  id: true,
  role: true,
  name: true,
  email: true,
  active: true,
  memberships: { where: { validTo: null }, select: { municipalityCode: true }, take: 1 },
} satisfies Prisma.UserSelect;
type UserRow = Prisma.UserGetPayload<{ select: typeof USER_SELECT }>;

/**
 * Users as last read, per process, with the viewer version they were read at. Every change to a user's row
 * or memberships announces itself (database triggers → viewer:<id>, lib/cache/bus.ts), so a row whose
 * version is unchanged is still the row in the database. Only while this process listens; a user not
 * found is not kept (a new row announces nothing).
 */
const known = new KeptWhileUnchanged<UserRow>();

async function readUser(id: string): Promise<UserRow | null> {
  const version = isListening() ? viewerVersion(id) : null;
  const kept = version === null ? undefined : known.get(id, version);
  if (kept) return kept;
  const user = await db.user.findUnique({ where: { id }, select: USER_SELECT });
  if (version !== null && user) known.set(id, version, user);
  return user;
}

/** A user's name (e.g. who last changed a record), from the same per-process memory; null if unknown. */
export async function userName(userId: string | null): Promise<string | null> {
  const id = Id.safeParse(userId);
  if (!id.success) return null;
  return (await readUser(id.data.toLowerCase()))?.name ?? null;
}

/**
 * Builds the Viewer from the database, never from the session alone: a deactivated user, a changed role
 * or an ended membership takes effect on the next request, not at token expiry. The row may come from this
 * process's memory while no change to it has been announced (readUser).
 */
export async function loadViewer(userId: unknown, via: Viewer["via"]): Promise<Viewer | null> {
  const id = Id.safeParse(userId);
  if (!id.success) return null;
  const user = await readUser(id.data.toLowerCase());
  if (!user || !user.active) return null;
  return {
    id: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    municipalityCode: user.role === "CIVIL_SERVANT" ? (user.memberships[0]?.municipalityCode ?? null) : null,
    via,
  };
}
