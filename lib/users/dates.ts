// Calendar dates in Dutch time for membership and assignment periods (stored as DATE). Pure.
import { TIME_ZONE } from "@/lib/i18n/config";

const ymd = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** Today in the Netherlands as a UTC-midnight Date (what Prisma writes to a DATE column unchanged). */
export function todayDate(now: Date = new Date()): Date {
  return new Date(`${ymd.format(now)}T00:00:00.000Z`);
}

/** The instant a Dutch calendar day starts (yyyy-mm-dd), for filtering timestamps by date. */
export function startOfDutchDay(day: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00.000Z`);
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", hourCycle: "h23" }).formatToParts(utcMidnight);
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? 0); // 1 in winter, 2 in summer
  return new Date(utcMidnight.getTime() - hour * 3_600_000);
}
