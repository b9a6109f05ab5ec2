import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guard";
import type { Viewer } from "@/lib/auth/viewer-types";
import { configuredSender } from "./sender";

// The outbox as admins read it (/beheer/outbox): newest first, filtered by status, paged.

export const MAIL_STATUSES = ["QUEUED", "SENDING", "SENT", "FAILED"] as const;
export type MailStatusValue = (typeof MAIL_STATUSES)[number];
export const OUTBOX_PAGE_SIZE = 25;

export const OutboxFiltersSchema = z.object({
  status: z.preprocess((v) => (v === "" ? undefined : v), z.enum(MAIL_STATUSES).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type OutboxFilters = z.output<typeof OutboxFiltersSchema>;

export type OutboxMessageDTO = {
  id: string;
  toAddress: string;
  toName: string;
  subject: string;
  body: string;
  status: MailStatusValue;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  municipality: { code: string; name: string } | null;
  year: number | null;
};
export type OutboxPageDTO = {
  items: OutboxMessageDTO[];
  total: number;
  page: number;
  pageCount: number;
  counts: Record<MailStatusValue, number>;
  /** "smtp://host:port" when SMTP is configured, else null (messages stay here). */
  delivery: string | null;
};

export async function listOutbox(viewer: Viewer | null, filters: OutboxFilters): Promise<OutboxPageDTO> {
  assertCan(viewer, "manage", "survey-admin");
  const where = filters.status ? { status: filters.status } : {};
  const [total, grouped] = await Promise.all([db.mailMessage.count({ where }), db.mailMessage.groupBy({ by: ["status"], _count: { _all: true } })]);
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.mailMessage.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE,
    select: {
      id: true,
      toAddress: true,
      toName: true,
      subject: true,
      body: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      reminder: { select: { municipality: { select: { code: true, name: true } }, round: { select: { year: true } } } },
    },
  });
  const counts = Object.fromEntries(MAIL_STATUSES.map((s) => [s, 0])) as Record<MailStatusValue, number>;
  for (const g of grouped) counts[g.status] = g._count._all;
  return {
    items: rows.map(({ reminder, createdAt, sentAt, ...m }) => ({
      ...m,
      createdAt: createdAt.toISOString(),
      sentAt: sentAt ? sentAt.toISOString() : null,
      municipality: reminder?.municipality ?? null,
      year: reminder?.round.year ?? null,
    })),
    total,
    page,
    pageCount,
    counts,
    delivery: configuredSender()?.description ?? null,
  };
}
