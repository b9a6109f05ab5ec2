// Shapes the response rate over time for the chart and its table (pure; unit-tested). The SQL gives
// submissions per day; this turns them into a cumulative series from the opening date to today (or the
// closing date), daily for short rounds and weekly for long ones, always ending on the last day.

export type DailyCount = { day: string; count: number };
export type TimelinePoint = { date: string; respondents: number; rate: number };

const DAY_MS = 86_400_000;
const toDay = (d: string) => Date.parse(`${d}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Rounds longer than this get one point a week. */
export const DAILY_LIMIT = 62;

export function shapeResponseTimeline(
  counts: readonly DailyCount[],
  opts: { opensAt: string; closesAt: string; today: string; total: number },
): TimelinePoint[] {
  const start = toDay(opts.opensAt);
  const lastSubmission = counts.reduce((max, c) => Math.max(max, toDay(c.day)), -Infinity);
  // Late or imported submissions after the closing date still show on the day they arrived.
  const end = Math.max(Math.min(toDay(opts.today), toDay(opts.closesAt)), lastSubmission);
  if (!Number.isFinite(end) || end < start) return [];
  const days = Math.round((end - start) / DAY_MS) + 1;
  const step = days > DAILY_LIMIT ? 7 : 1;
  const perDay = new Map<number, number>();
  for (const c of counts) {
    const at = Math.max(toDay(c.day), start); // submissions before opening count from the first day
    perDay.set(at, (perDay.get(at) ?? 0) + c.count);
  }
  const points: TimelinePoint[] = [];
  let cumulative = 0;
  for (let i = 0; i < days; i++) {
    const at = start + i * DAY_MS;
    cumulative += perDay.get(at) ?? 0;
    if (i % step === 0 || i === days - 1) {
      points.push({ date: fromMs(at), respondents: cumulative, rate: opts.total > 0 ? cumulative / opts.total : 0 });
    }
  }
  return points;
}
