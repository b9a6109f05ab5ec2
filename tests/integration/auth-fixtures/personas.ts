// The seven personas of the authorization tests, taken from the demo data: Helmond (GM0794) with its civil
// servant and its assigned adviser, a civil servant of another municipality, an adviser not assigned to
// Helmond, the VWS user and the admin. Viewers are built the way production builds them (loadViewer).
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import type { Viewer } from "@/lib/auth/viewer-types";

export const PERSONAS = ["anonymous", "csSame", "csOther", "adviserAssigned", "adviserOther", "vws", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];

export const HOME = "GM0794"; // Helmond

export type Cast = {
  viewers: Record<Persona, Viewer | null>;
  /** The other civil servant's municipality. */
  otherCode: string;
};

async function viewer(id: string | undefined): Promise<Viewer> {
  const v = id ? await loadViewer(id, "session") : null;
  if (!v) throw new Error(`persona missing from the demo data (${id})`);
  return v;
}

export async function loadCast(): Promise<Cast> {
  const servant = await db.membership.findFirstOrThrow({ where: { municipalityCode: HOME, validTo: null }, select: { userId: true } });
  const assigned = await db.adviserAssignment.findFirstOrThrow({ where: { municipalityCode: HOME, validTo: null }, select: { adviserId: true } });
  const other = await db.membership.findFirstOrThrow({
    where: { validTo: null, municipalityCode: { not: HOME }, user: { active: true } },
    select: { userId: true, municipalityCode: true },
    orderBy: { municipalityCode: "asc" },
  });
  const otherAdviser = await db.user.findFirstOrThrow({
    where: { role: "ADVISER", active: true, id: { not: assigned.adviserId } },
    select: { id: true },
    orderBy: { email: "asc" },
  });
  const vws = await db.user.findUniqueOrThrow({ where: { email: "vws@gezondin.example" }, select: { id: true } });
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@gezondin.example" }, select: { id: true } });
  return {
    otherCode: other.municipalityCode,
    viewers: {
      anonymous: null,
      csSame: await viewer(servant.userId),
      csOther: await viewer(other.userId),
      adviserAssigned: await viewer(assigned.adviserId),
      adviserOther: await viewer(otherAdviser.id),
      vws: await viewer(vws.id),
      admin: await viewer(admin.id),
    },
  };
}

/** A throwaway user (for tests that lock, deactivate or change an account). */
export async function makeUser(role: Viewer["role"], email: string, passwordHash: string | null = null, municipalityCode?: string): Promise<string> {
  const u = await db.user.create({ data: { email, name: `Test ${email}`, role, passwordHash }, select: { id: true } });
  if (municipalityCode) await db.membership.create({ data: { userId: u.id, municipalityCode } });
  return u.id;
}
