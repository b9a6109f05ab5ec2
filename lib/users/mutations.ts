import "server-only";
import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/state";
import type { Role } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayDate } from "./dates";

// Transaction steps shared by the user actions (actions.ts). Each takes the action's transaction.
type Tx = Prisma.TransactionClient;

export type UserState = { id: string; name: string; email: string; role: Role; active: boolean; municipalityCode: string | null };

/**
 * Claims the user at the version the admin saw: bumps `version` only if it still matches, so of two
 * concurrent saves the second is refused (ConflictError) instead of silently overwriting the first.
 * Returns the state before the change (for the audit).
 */
export async function claimUser(tx: Tx, id: string, version: number): Promise<UserState> {
  const claimed = await tx.user.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (claimed.count === 0) {
    const exists = await tx.user.count({ where: { id } });
    throw exists ? new ConflictError() : new NotFoundError();
  }
  const u = await tx.user.findUniqueOrThrow({
    where: { id },
    select: { id: true, name: true, email: true, role: true, active: true, memberships: { where: { validTo: null }, select: { municipalityCode: true } } },
  });
  return { id: u.id, name: u.name, email: u.email, role: u.role, active: u.active, municipalityCode: u.memberships[0]?.municipalityCode ?? null };
}

export async function assertMunicipality(tx: Tx, code: string): Promise<void> {
  const found = await tx.municipality.count({ where: { code } });
  if (!found) throw new DomainError("errors.invalid", { municipalityCode: ["validation.municipalityUnknown"] });
}

/** Ends the user's current membership (history is kept: the row gets valid_to). Returns the ended code. */
export async function endMembership(tx: Tx, userId: string): Promise<string | null> {
  const current = await tx.membership.findFirst({ where: { userId, validTo: null }, select: { id: true, municipalityCode: true } });
  if (!current) return null;
  await tx.membership.update({ where: { id: current.id }, data: { validTo: todayDate() } });
  return current.municipalityCode;
}

export async function startMembership(tx: Tx, userId: string, municipalityCode: string): Promise<void> {
  await tx.membership.create({ data: { userId, municipalityCode, validFrom: todayDate() } });
}

/** Ends the municipality's current adviser assignment, if any. Returns the previous adviser's id. */
export async function endCurrentAssignment(tx: Tx, municipalityCode: string, adviserId?: string): Promise<string | null> {
  const current = await tx.adviserAssignment.findFirst({
    where: { municipalityCode, validTo: null, ...(adviserId ? { adviserId } : {}) },
    select: { id: true, adviserId: true },
  });
  if (!current) return null;
  await tx.adviserAssignment.update({ where: { id: current.id }, data: { validTo: todayDate() } });
  return current.adviserId;
}

/** Ends every current assignment of an adviser (when the role changes). Returns the municipality codes. */
export async function endAllAssignments(tx: Tx, adviserId: string): Promise<string[]> {
  const rows = await tx.adviserAssignment.findMany({ where: { adviserId, validTo: null }, select: { municipalityCode: true } });
  await tx.adviserAssignment.updateMany({ where: { adviserId, validTo: null }, data: { validTo: todayDate() } });
  return rows.map((r) => r.municipalityCode);
}

/** Revokes the user's API tokens (a token may only act for a VWS or admin user). Returns how many. */
export async function revokeTokensOf(tx: Tx, userId: string): Promise<number> {
  const r = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return r.count;
}

/** An admin may not lock themselves out: no own role change, deactivation or password reset here. */
export function refuseSelf(viewerId: string, targetId: string): void {
  if (viewerId === targetId) throw new DomainError("errors.selfChange");
}
