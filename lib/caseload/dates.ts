// The calendar day in the Netherlands (yyyy-mm-dd) for a moment: the caseload, follow-ups and notifications
// count days in Dutch time, whatever the server's time zone. Pure.
import { TIME_ZONE } from "@/lib/i18n/config";

const ymd = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

export function dutchDay(at: Date): string {
  return ymd.format(at);
}

/** A DATE column's value (UTC midnight) as yyyy-mm-dd. */
export function isoDay(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}
