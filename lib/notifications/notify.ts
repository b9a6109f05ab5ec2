import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";

// Creating notifications. Deliberately NOT in a "use server" file: these run inside other actions'
// transactions (so a notification commits or rolls back with its cause) and must never be callable from
// a browser. Notifications are a personal inbox derived from audited changes; they are not audited themselves.

type Tx = Prisma.TransactionClient;

export type NotifyInput = {
  userIds: readonly string[];
  kind: NotificationKind;
  municipalityCode?: string | null;
  entityId?: string | null;
  params?: Record<string, string | number>;
  /** Same key for the same recipient → created once (computed notifications). */
  dedupeKey?: string | null;
};

/** Creates one notification per recipient in the caller's transaction. */
export async function notify(tx: Tx, n: NotifyInput): Promise<number> {
  if (n.userIds.length === 0) return 0;
  const r = await tx.notification.createMany({
    data: [...new Set(n.userIds)].map((userId) => ({
      userId,
      kind: n.kind,
      municipalityCode: n.municipalityCode ?? null,
      entityId: n.entityId ?? null,
      params: n.params ?? undefined,
      dedupeKey: n.dedupeKey ?? null,
    })),
    skipDuplicates: true,
  });
  return r.count;
}

async function responseInfo(tx: Tx, responseId: string) {
  return tx.surveyResponse.findUniqueOrThrow({ where: { id: responseId }, select: { municipalityCode: true, round: { select: { year: true } } } });
}

/** Questionnaire submitted → the municipality's current adviser(s). Call from the submit action. */
export async function notifyQuestionnaireSubmitted(tx: Tx, responseId: string): Promise<number> {
  const r = await responseInfo(tx, responseId);
  const advisers = await tx.adviserAssignment.findMany({ where: { municipalityCode: r.municipalityCode, validTo: null, adviser: { active: true } }, select: { adviserId: true } });
  return notify(tx, {
    userIds: advisers.map((a) => a.adviserId),
    kind: "QUESTIONNAIRE_SUBMITTED",
    municipalityCode: r.municipalityCode,
    entityId: responseId,
    params: { year: String(r.round.year) },
  });
}

/** Questionnaire returned → the municipality's current civil servants. */
export async function notifyQuestionnaireReturned(tx: Tx, responseId: string): Promise<number> {
  const r = await responseInfo(tx, responseId);
  const members = await tx.membership.findMany({ where: { municipalityCode: r.municipalityCode, validTo: null, user: { active: true } }, select: { userId: true } });
  return notify(tx, {
    userIds: members.map((m) => m.userId),
    kind: "QUESTIONNAIRE_RETURNED",
    municipalityCode: r.municipalityCode,
    entityId: responseId,
    params: { year: String(r.round.year) },
  });
}

/**
 * Follow-ups that fell due (due today or earlier, not done) become notifications for the adviser now
 * assigned to the municipality — after a handover the new adviser gets the previous one's follow-ups.
 * Idempotent (dedupe key per follow-up and recipient). `adviserId` limits it to one adviser (the inbox,
 * /meldingen, syncs its reader); without it every adviser (the notifications-follow-ups job, every minute).
 */
async function syncFollowUps(client: Pick<Tx, "$executeRaw">, today: string, adviserId: string | null): Promise<number> {
  return client.$executeRaw`
    insert into notification (user_id, kind, municipality_code, entity_id, dedupe_key, params)
    select aa.adviser_id, 'FOLLOW_UP_DUE', e.municipality_code, f.id::text, 'follow_up:' || f.id,
      jsonb_build_object('description', f.description, 'dueDate', to_char(f.due_date, 'YYYY-MM-DD'))
    from follow_up f
    join advice_entry e on e.id = f.advice_entry_id
    join adviser_assignment aa on aa.municipality_code = e.municipality_code and aa.valid_to is null
      and (${adviserId}::uuid is null or aa.adviser_id = ${adviserId}::uuid)
    where f.done_at is null and f.due_date <= ${today}::date
      -- known ones are skipped before inserting: most runs find nothing new, and a conflicting insert
      -- attempt per known follow-up costs far more than this lookup
      and not exists (select 1 from notification n where n.user_id = aa.adviser_id and n.dedupe_key = 'follow_up:' || f.id)
    on conflict (user_id, dedupe_key) do nothing`;
}

/** The viewer's own due follow-ups (an adviser reading the inbox). */
export async function syncDueFollowUps(client: Pick<Tx, "$executeRaw">, viewer: Viewer, today: string): Promise<void> {
  if (viewer.role !== "ADVISER") return;
  await syncFollowUps(client, today, viewer.id);
}

/** Every adviser's due follow-ups (the recurring job); returns how many notifications it created. */
export async function syncAllDueFollowUps(client: Pick<Tx, "$executeRaw">, today: string): Promise<number> {
  return syncFollowUps(client, today, null);
}

/** A follow-up marked done: its "due" notifications are read for everyone. */
export async function resolveFollowUp(tx: Tx, followUpId: string): Promise<void> {
  await tx.notification.updateMany({ where: { dedupeKey: `follow_up:${followUpId}`, readAt: null }, data: { readAt: new Date() } });
}
