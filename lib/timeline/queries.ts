import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-types";
import { requireMunicipality } from "@/lib/auth/scope";
import { TIMELINE_PAGE_SIZE, groupByMonth, type TimelineGroup, type TimelineMonth, type TimelineRow } from "./shape";
import { timelineSql } from "./sql";


const GROUP_SQL: Record<TimelineGroup, Prisma.Sql> = {
  approach: Prisma.sql`t.kind like 'approach.%'`,
  initiative: Prisma.sql`t.kind like 'initiative.%'`,
  questionnaire: Prisma.sql`(t.kind like 'questionnaire.%' or t.kind like 'review.%')`,
  advice: Prisma.sql`(t.kind like 'advice%' or t.kind like 'followUp.%')`,
  people: Prisma.sql`(t.kind like 'adviser.%' or t.kind like 'servant.%')`,
};

export type TimelineDTO = { municipality: { code: string; name: string }; months: TimelineMonth[]; total: number; page: number; pageCount: number };

/**
 * The municipality's timeline, newest first, one page at a time (ordered and cut in SQL). It includes the
 * advice log, so it is for the assigned adviser and admins only (read:advice).
 */
export async function getTimeline(viewer: Viewer, code: string, opts: { page?: number; group?: TimelineGroup } = {}): Promise<TimelineDTO> {
  const municipality = await requireMunicipality(db, viewer, code, "read", "advice");
  const filter = opts.group ? GROUP_SQL[opts.group] : Prisma.sql`true`;
  const base = Prisma.sql`select * from (${timelineSql(code)}) t where t.at is not null and ${filter}`;
  const [c] = await db.$queryRaw<{ n: number }[]>`select count(*)::int as n from (${base}) q`;
  const total = c?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / TIMELINE_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(opts.page ?? 1) || 1), pageCount);
  const rows = await db.$queryRaw<(Omit<TimelineRow, "at"> & { at: Date })[]>`
    select q.* from (${base}) q order by q.at desc, q.kind, q.ref limit ${TIMELINE_PAGE_SIZE} offset ${(page - 1) * TIMELINE_PAGE_SIZE}`;
  return { municipality, months: groupByMonth(rows.map((r) => ({ ...r, at: r.at.toISOString() }))), total, page, pageCount };
}
