// How often the bell (on every page) turns due follow-ups into notifications: at most once per interval
// per user and Dutch day. Follow-ups fall due by the day, and an adviser's new follow-up shows in the bell
// within the interval (the inbox, /meldingen, always syncs). Pure apart from the map it is given.

export const SYNC_INTERVAL_MS = 60_000;

/** True (and recorded as done at `now`) when the user's follow-ups for `day` were not synced recently. */
export function claimSync(last: Map<string, number>, userId: string, day: string, now: number, interval = SYNC_INTERVAL_MS): boolean {
  const key = `${userId}|${day}`;
  const at = last.get(key);
  if (at !== undefined && now - at < interval) return false;
  last.set(key, now);
  if (last.size > 10_000) last.delete(last.keys().next().value!);
  return true;
}

/** Forget a claim (the sync failed): the next request tries again. */
export function releaseSync(last: Map<string, number>, userId: string, day: string): void {
  last.delete(`${userId}|${day}`);
}
