import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MailSender } from "./sender";

// The outbox (transactional outbox pattern): a message is written to mail_message in the same transaction
// as what causes it, and delivered afterwards. QUEUED → SENDING → SENT or FAILED (with the error). Failed
// messages wait for an admin's retry on /beheer/outbox; nothing is dropped.

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

/** Delivers queued messages through the sender; returns how many were sent and how many failed. */
export async function deliverQueued(sender: MailSender, from: string, limit = 500): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const m of await claim(limit)) {
    try {
      const to = m.to_name ? `${m.to_name} <${m.to_address}>` : m.to_address;
      await sender.send({ from, to, subject: m.subject, text: m.body });
      await db.mailMessage.update({ where: { id: m.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      sent++;
    } catch (e) {
      const error = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
      await db.mailMessage.update({ where: { id: m.id }, data: { status: "FAILED", lastError: error } });
      failed++;
    }
  }
  return { sent, failed };
}
