import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isPermanentFailure, type MailSender } from "./sender";

// The outbox (transactional outbox pattern): a message is written to mail_message in the same transaction
// as what causes it (with a mail-deliver job, lib/jobs), and delivered by the job worker. QUEUED → SENDING
// → SENT or FAILED (with the error). A temporary failure (4xx, no connection) puts the message back to
// QUEUED and the job is retried with backoff; a permanent one (5xx), or a temporary one on the job's last
// attempt, makes it FAILED, waiting for an admin's retry on /beheer/outbox. Nothing is dropped.

export type OutgoingMessage = { toAddress: string; toName: string; subject: string; body: string; reminderId?: string };

/** A SENDING claim older than this belongs to a process that died; the message may be claimed again. */
const STALE_CLAIM = "10 minutes";

export async function queueMessages(tx: Prisma.TransactionClient, messages: readonly OutgoingMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  const { count } = await tx.mailMessage.createMany({ data: messages.map((m) => ({ ...m })) });
  return count;
}

type Claimed = { id: string; to_address: string; to_name: string; subject: string; body: string };

/** Claims up to `limit` queued messages for this process (SKIP LOCKED: several app instances may deliver). */
async function claim(limit: number): Promise<Claimed[]> {
  return db.$queryRawUnsafe<Claimed[]>(
    `UPDATE mail_message SET status = 'SENDING', attempts = attempts + 1, updated_at = now()
     WHERE id IN (
       SELECT id FROM mail_message
       WHERE status = 'QUEUED' OR (status = 'SENDING' AND updated_at < now() - interval '${STALE_CLAIM}')
       ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING id, to_address, to_name, subject, body`,
    limit,
  );
}

export type Delivery = { sent: number; failed: number; deferred: number };

/**
 * Delivers queued messages through the sender. `final` (the job's last attempt): temporary failures become
 * FAILED too, instead of going back to the queue for the next attempt.
 */
export async function deliverQueued(sender: MailSender, from: string, opts: { limit?: number; final?: boolean } = {}): Promise<Delivery> {
  const result: Delivery = { sent: 0, failed: 0, deferred: 0 };
  try {
    await deliverClaimed(sender, from, await claim(opts.limit ?? 500), opts.final ?? false, result);
  } finally {
    sender.close?.();
  }
  return result;
}

async function deliverClaimed(sender: MailSender, from: string, claimed: Claimed[], final: boolean, result: Delivery): Promise<void> {
  for (const m of claimed) {
    try {
      await sender.send({ from, to: { name: m.to_name, address: m.to_address }, subject: m.subject, text: m.body });
      await db.mailMessage.update({ where: { id: m.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      result.sent++;
    } catch (e) {
      const lastError = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
      const status = final || isPermanentFailure(e) ? "FAILED" : "QUEUED";
      await db.mailMessage.update({ where: { id: m.id }, data: { status, lastError } });
      if (status === "FAILED") result.failed++;
      else result.deferred++;
    }
  }
}
