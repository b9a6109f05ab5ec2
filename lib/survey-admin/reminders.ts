import "server-only";
import { randomUUID } from "node:crypto";
import { DomainError } from "@/lib/actions/state";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueMessages, type OutgoingMessage } from "@/lib/mail/outbox";
import { reminderText } from "@/lib/mail/templates";
import type { ReminderTarget } from "./schemas";

// Reminders as a transaction step: one survey_reminder per municipality (its history, also when nobody
// could be reached) and one outbox message per active civil servant of that municipality.
type Tx = Prisma.TransactionClient;

const STATUSES: Record<ReminderTarget, string[]> = {
  notStarted: ["NOT_STARTED"],
  inProgress: ["DRAFT", "RETURNED"],
  all: ["NOT_STARTED", "DRAFT", "RETURNED"],
};

type Target = { code: string; name: string; status: "NOT_STARTED" | "DRAFT" | "RETURNED"; user_name: string | null; email: string | null };

export type ReminderResult = { municipalities: number; messages: number; withoutContact: string[] };

export async function createReminders(
  tx: Tx,
  input: { roundId: string; target: ReminderTarget; actorId: string; baseUrl: string },
): Promise<ReminderResult> {
  const round = await tx.surveyRound.findUnique({ where: { id: input.roundId }, select: { id: true, year: true, status: true, closesAt: true } });
  if (!round) throw new DomainError("errors.notFound");
  if (round.status !== "OPEN") throw new DomainError("surveyAdmin.errors.notOpen");
  const rows = await tx.$queryRaw<Target[]>`
    select m.code, m.name, coalesce(r.status::text, 'NOT_STARTED') as status, u.name as user_name, u.email
    from municipality m
    left join survey_response r on r.round_id = ${round.id}::uuid and r.municipality_code = m.code
    left join membership ms on ms.municipality_code = m.code and ms.valid_to is null
    left join app_user u on u.id = ms.user_id and u.active and u.role = 'CIVIL_SERVANT'
    where m.is_gids and m.valid_to is null and coalesce(r.status::text, 'NOT_STARTED') = any(${STATUSES[input.target]}::text[])
    order by m.name, u.email`;
  const byCode = new Map<string, { name: string; status: Target["status"]; people: { name: string; email: string }[] }>();
  for (const r of rows) {
    const entry = byCode.get(r.code) ?? { name: r.name, status: r.status, people: [] };
    if (r.email) entry.people.push({ name: r.user_name ?? "", email: r.email });
    byCode.set(r.code, entry);
  }
  const reminders = [...byCode].map(([code, m]) => ({ id: randomUUID(), code, ...m }));
  await tx.surveyReminder.createMany({
    data: reminders.map((r) => ({ id: r.id, roundId: round.id, municipalityCode: r.code, responseStatus: r.status, recipientCount: r.people.length, createdById: input.actorId })),
  });
  const closesAt = round.closesAt.toISOString().slice(0, 10);
  const messages: OutgoingMessage[] = reminders.flatMap((r) =>
    r.people.map((p) => {
      const kind = r.status === "NOT_STARTED" ? "notStarted" : "inProgress";
      const link = `${input.baseUrl}/gemeenten/${r.code}`;
      const text = reminderText({ kind, recipientName: p.name, municipalityName: r.name, year: round.year, closesAt, link });
      return { toAddress: p.email, toName: p.name, subject: text.subject, body: text.body, reminderId: r.id };
    }),
  );
  await queueMessages(tx, messages);
  return { municipalities: reminders.length, messages: messages.length, withoutContact: reminders.filter((r) => r.people.length === 0).map((r) => r.name) };
}
