import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-types";
import { municipalityScopeSql } from "@/lib/auth/scope";
import { dutchDay } from "@/lib/caseload/dates";
import { syncDueFollowUps } from "./notify";
import { NOTIFICATIONS_PAGE_SIZE } from "./schemas";

// The viewer's own notifications (never anyone else's). Ones about a municipality the viewer can no longer
// open (after a handover or a job change) are hidden: their links would lead to a 404 anyway.


export type NotificationDTO = {
  id: string;
  kind: "QUESTIONNAIRE_SUBMITTED" | "QUESTIONNAIRE_RETURNED" | "FOLLOW_UP_DUE";
  municipalityCode: string | null;
  municipalityName: string | null;
  entityId: string | null;
  params: Record<string, string | number>;
  createdAt: string;
  readAt: string | null;
};
export type NotificationPageDTO = { items: NotificationDTO[]; total: number; unread: number; page: number; pageCount: number };

function visible(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`n.user_id = ${viewer.id}::uuid and (n.municipality_code is null or exists (
    select 1 from municipality m where m.code = n.municipality_code and ${municipalityScopeSql(viewer, "read", "municipality")}))`;
}

/**
 * Unread count for the bell (on every page): a read only. Due follow-ups become notifications in the
 * notifications-follow-ups job (every minute, lib/jobs) and when the adviser opens the inbox.
 */
export async function countUnread(viewer: Viewer): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`select count(*)::int as n from notification n where ${visible(viewer)} and n.read_at is null`;
  return row?.n ?? 0;
}

/** One page of the viewer's notifications, unread first, newest first. */
export async function listNotifications(viewer: Viewer, page = 1, today: Date = new Date()): Promise<NotificationPageDTO> {
  await syncDueFollowUps(db, viewer, dutchDay(today));
  const [c] = await db.$queryRaw<{ total: number; unread: number }[]>`
    select count(*)::int as total, count(*) filter (where n.read_at is null)::int as unread from notification n where ${visible(viewer)}`;
  const total = c?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const p = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const rows = await db.$queryRaw<(Omit<NotificationDTO, "createdAt" | "readAt" | "params"> & { createdAt: Date; readAt: Date | null; params: NotificationDTO["params"] | null })[]>`
    select n.id::text, n.kind::text as kind, n.municipality_code as "municipalityCode", mu.name as "municipalityName", n.entity_id as "entityId",
      n.params, n.created_at as "createdAt", n.read_at as "readAt"
    from notification n left join municipality mu on mu.code = n.municipality_code
    where ${visible(viewer)}
    order by (n.read_at is null) desc, n.created_at desc, n.id
    limit ${NOTIFICATIONS_PAGE_SIZE} offset ${(p - 1) * NOTIFICATIONS_PAGE_SIZE}`;
  const items = rows.map((r) => ({ ...r, params: r.params ?? {}, createdAt: r.createdAt.toISOString(), readAt: r.readAt?.toISOString() ?? null }));
  return { items, total, unread: c?.unread ?? 0, page: p, pageCount };
}
