import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-types";

export type AuditInput = {
  action: string; // e.g. "initiative.update"
  entity: string; // e.g. "initiative"
  entityId: string;
  before?: unknown;
  after?: unknown;
};

type Tx = Prisma.TransactionClient;

function json(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // BigInt and Date survive as strings; the audit keeps what was shown, not Prisma objects.
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}

/** Writes one audit event inside the caller's transaction (so it commits or rolls back with the change). */
export async function writeAudit(tx: Tx, actor: Pick<Viewer, "id" | "role"> | null, origin: string, e: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: json(e.before),
      after: json(e.after),
      origin,
    },
  });
}
