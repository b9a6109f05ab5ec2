import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Viewer } from "./viewer-types";

const Id = z.uuid();

/**
 * Builds the Viewer from the database, never from the session alone: a deactivated user, a changed role
 * or an ended membership takes effect on the next request, not at token expiry.
 */
export async function loadViewer(userId: unknown, via: Viewer["via"]): Promise<Viewer | null> {
  const id = Id.safeParse(userId);
  if (!id.success) return null;
  const user = await db.user.findUnique({
    where: { id: id.data },
    select: {
      id: true,
      role: true,
      name: true,
      email: true,
      active: true,
      memberships: { where: { validTo: null }, select: { municipalityCode: true }, take: 1 },
    },
  });
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
