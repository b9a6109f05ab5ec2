import "server-only";
import { after } from "next/server";

/**
 * Runs work after the response has been sent (next/server `after`), so a server action returns at once and
 * the page polls the database for progress. Outside a request (tests, scripts) the work starts right away.
 * Failures are logged: the work itself records its outcome in the database (job or message status).
 */
export function runInBackground(name: string, task: () => Promise<unknown>): void {
  const guarded = () => task().then(
    () => undefined,
    (e: unknown) => console.error(`[background ${name}]`, e instanceof Error ? e.message : e),
  );
  try {
    after(guarded);
  } catch {
    void guarded();
  }
}
