import "server-only";
import { dutchDay } from "@/lib/caseload/dates";
import { db } from "@/lib/db";
import { syncAllDueFollowUps } from "./notify";

// Writes outside any request: the notifications-follow-ups job (lib/jobs/worker.ts, every minute).

/** Every adviser's follow-ups due by `now`'s Dutch day become notifications; returns how many were new. */
export async function syncDueFollowUpsNow(now: Date = new Date()): Promise<number> {
  return syncAllDueFollowUps(db, dutchDay(now));
}
