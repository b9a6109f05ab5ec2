import "server-only";
import { z } from "zod";
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

/** One query per request (getViewer is React-cached per request): never kept across requests. */
function readUser(id: string): Promise<UserRow | null> {
  return db.user.findUnique({ where: { id }, select: USER_SELECT });
}

/** A user's name (e.g. who last changed a record); null if unknown. */
export async function userName(userId: string | null): Promise<string | null> {
  const id = Id.safeParse(userId);
  if (!id.success) return null;
  return (await readUser(id.data.toLowerCase()))?.name ?? null;
}

/**
 * Builds the Viewer from the database, never from the session alone: a deactivated user, a changed role
 * or an ended membership takes effect on the next request, not at token expiry.
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
