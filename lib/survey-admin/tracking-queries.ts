import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/actions/state";
import { assertCan } from "@/lib/auth/guard";
import type { Viewer } from "@/lib/auth/viewer-types";
import { TRACKING_STATUSES, type TrackingFilters } from "./schemas";
import { shapeResponseTimeline, type TimelinePoint } from "./timeline";

// Response tracking of a round: the status of every current GIDS municipality (no response row counts as
// NOT_STARTED), the response rate over time, and the reminders each municipality got. Admin only.

export type TrackingStatus = (typeof TRACKING_STATUSES)[number];
export type TrackingSummaryDTO = {
  round: { id: string; year: number; status: string; opensAt: string; closesAt: string };
  total: number;
  byStatus: Record<TrackingStatus, number>;
  respondents: number;
  responseRate: number;
  timeline: TimelinePoint[];
};
export type TrackingRowDTO = {
  code: string;
  name: string;
  status: TrackingStatus;
  submittedAt: string | null;
  lastActivity: string | null;
  contacts: number;
  reminders: number;
  lastReminderAt: string | null;
};
export type TrackingPageDTO = { items: TrackingRowDTO[]; total: number; page: number; pageCount: number };

export const TRACKING_PAGE_SIZE = 50;
const day = (d: Date) => d.toISOString().slice(0, 10);

async function roundByYear(viewer: Viewer | null, year: number) {
  assertCan(viewer, "manage", "survey-admin");
  const round = Number.isInteger(year) ? await db.surveyRound.findUnique({ where: { year }, select: { id: true, year: true, status: true, opensAt: true, closesAt: true } }) : null;
  if (!round) throw new NotFoundError();
  return round;
}

/** The municipalities a round tracks, with status; $1 = round id. Shared by the page, the list and the CSV. */
const TRACKED = `
  SELECT m.code, m.name, coalesce(r.status::text, 'NOT_STARTED') AS status, r.submitted_at, r.updated_at,
    (SELECT count(*)::int FROM membership ms JOIN app_user u ON u.id = ms.user_id
       WHERE ms.municipality_code = m.code AND ms.valid_to IS NULL AND u.active AND u.role = 'CIVIL_SERVANT') AS contacts,
    (SELECT count(*)::int FROM survey_reminder sr WHERE sr.round_id = $1::uuid AND sr.municipality_code = m.code) AS reminders,
    (SELECT max(created_at) FROM survey_reminder sr WHERE sr.round_id = $1::uuid AND sr.municipality_code = m.code) AS last_reminder
  FROM municipality m
  LEFT JOIN survey_response r ON r.round_id = $1::uuid AND r.municipality_code = m.code
  WHERE m.is_gids AND m.valid_to IS NULL`;

type TrackedRow = { code: string; name: string; status: TrackingStatus; submitted_at: Date | null; updated_at: Date | null; contacts: number; reminders: number; last_reminder: Date | null };
const toDTO = (r: TrackedRow): TrackingRowDTO => ({
  code: r.code,
  name: r.name,
  status: r.status,
  submittedAt: r.submitted_at ? r.submitted_at.toISOString() : null,
  lastActivity: r.updated_at ? r.updated_at.toISOString() : null,
  contacts: r.contacts,
  reminders: r.reminders,
  lastReminderAt: r.last_reminder ? r.last_reminder.toISOString() : null,
});

export async function getTrackingSummary(viewer: Viewer | null, year: number, today = new Date()): Promise<TrackingSummaryDTO> {
  const round = await roundByYear(viewer, year);
  const statusRows = await db.$queryRawUnsafe<{ status: TrackingStatus; n: number }[]>(`SELECT status, count(*)::int AS n FROM (${TRACKED}) t GROUP BY status`, round.id);
  const byStatus = Object.fromEntries(TRACKING_STATUSES.map((s) => [s, 0])) as Record<TrackingStatus, number>;
  for (const r of statusRows) byStatus[r.status] = r.n;
  const total = statusRows.reduce((s, r) => s + r.n, 0);
  const daily = await db.$queryRaw<{ day: Date; count: number }[]>`
    select (submitted_at at time zone 'Europe/Amsterdam')::date as day, count(*)::int as count
    from survey_response where round_id = ${round.id}::uuid and status in ('SUBMITTED', 'ACCEPTED') and submitted_at is not null
    group by 1 order by 1`;
  const respondents = byStatus.SUBMITTED + byStatus.ACCEPTED;
  return {
    round: { id: round.id, year: round.year, status: round.status, opensAt: day(round.opensAt), closesAt: day(round.closesAt) },
    total,
    byStatus,
    respondents,
    responseRate: total > 0 ? respondents / total : 0,
    timeline: shapeResponseTimeline(
      daily.map((d) => ({ day: day(d.day), count: d.count })),
      { opensAt: day(round.opensAt), closesAt: day(round.closesAt), today: day(today), total },
    ),
  };
}

export async function listTracking(viewer: Viewer | null, year: number, filters: TrackingFilters): Promise<TrackingPageDTO> {
  const round = await roundByYear(viewer, year);
  const where = filters.status ? `WHERE status = $2` : `WHERE $2::text IS NULL`;
  const [{ n } = { n: 0 }] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${TRACKED}) t ${where}`, round.id, filters.status ?? null);
  const pageCount = Math.max(1, Math.ceil(n / TRACKING_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.$queryRawUnsafe<TrackedRow[]>(
    `SELECT * FROM (${TRACKED}) t ${where} ORDER BY name, code LIMIT ${TRACKING_PAGE_SIZE} OFFSET $3`,
    round.id,
    filters.status ?? null,
    (page - 1) * TRACKING_PAGE_SIZE,
  );
  return { items: rows.map(toDTO), total: n, page, pageCount };
}

/** Municipalities that have not responded (not started, draft or returned), for the CSV export. */
export async function listNonResponders(viewer: Viewer | null, year: number): Promise<TrackingRowDTO[]> {
  const round = await roundByYear(viewer, year);
  const rows = await db.$queryRawUnsafe<TrackedRow[]>(`SELECT * FROM (${TRACKED}) t WHERE status NOT IN ('SUBMITTED', 'ACCEPTED') ORDER BY name, code`, round.id);
  return rows.map(toDTO);
}

export type ReminderHistoryDTO = {
  municipality: { code: string; name: string };
  reminders: { id: string; year: number; createdAt: string; responseStatus: string; recipientCount: number; messages: { toAddress: string; status: string; sentAt: string | null; lastError: string | null }[] }[];
};

/** Every reminder a municipality received, over all rounds, newest first. */
export async function getReminderHistory(viewer: Viewer | null, code: string): Promise<ReminderHistoryDTO> {
  assertCan(viewer, "manage", "survey-admin");
  const municipality = await db.municipality.findUnique({ where: { code }, select: { code: true, name: true } });
  if (!municipality) throw new NotFoundError();
  const reminders = await db.surveyReminder.findMany({
    where: { municipalityCode: code },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      createdAt: true,
      responseStatus: true,
      recipientCount: true,
      round: { select: { year: true } },
      messages: { select: { toAddress: true, status: true, sentAt: true, lastError: true }, orderBy: { toAddress: "asc" } },
    },
  });
  return {
    municipality,
    reminders: reminders.map((r) => ({
      id: r.id,
      year: r.round.year,
      createdAt: r.createdAt.toISOString(),
      responseStatus: r.responseStatus,
      recipientCount: r.recipientCount,
      messages: r.messages.map((m) => ({ ...m, sentAt: m.sentAt ? m.sentAt.toISOString() : null })),
    })),
  };
}
