import { z } from "zod";

export const AUDIT_PAGE_SIZE = 50;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)));
const optional = <T extends z.ZodType>(s: T) => z.preprocess(blankToUndefined, s.optional()).catch(undefined);

/** Filters of the audit trail page (from the URL; bad values are dropped, never an error page). */
export const AuditFiltersSchema = z.object({
  actor: optional(z.string().trim().max(200)),
  entity: optional(z.string().trim().max(50)),
  action: optional(z.string().trim().max(80)),
  from: optional(isoDay),
  to: optional(isoDay),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AuditFilters = z.output<typeof AuditFiltersSchema>;
