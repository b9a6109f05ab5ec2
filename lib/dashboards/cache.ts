import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";

// National aggregates are cached in Next's data cache under one tag, so every page and the read API serve
// them without touching PostgreSQL until something that changes them happens. See
// docs/decisions/030-national-dashboard-caching.md.
//
// unstable_cache, not 'use cache': cacheComponents is off in this project (turning it on changes how every
// page renders). The wrapper stays thin so the SQL behind it is tested directly, without Next.

/** The tag of every cached national aggregate. */
export const NATIONAL_TAG = "national";

/** A safety net for writes that cannot reach the server's cache (e.g. a CLI import in another process). */
const MAX_AGE_SECONDS = 15 * 60;

/**
 * Wraps an aggregate in the national cache. `name` is part of the key (with the arguments), so two
 * functions never share entries. Results must be plain JSON (no Map, Date or BigInt).
 */
export function nationalCache<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return unstable_cache(fn, ["national", name], { tags: [NATIONAL_TAG], revalidate: MAX_AGE_SECONDS });
}

/**
 * Call after anything that changes national figures has been committed: a questionnaire submitted,
 * returned, accepted or reopened, an import committed, a round opened or closed, a question or option text
 * edited, a municipality's GIDS status changed, approaches or initiatives saved. Works in server actions,
 * route handlers and after(): the entries expire at once (`expire: 0`), so the next request recomputes
 * them instead of serving the old figure once more (as `"max"` would). Outside a Next request (scripts,
 * tests) there is no cache to clear and the call does nothing.
 */
export function invalidateNational(): void {
  try {
    revalidateTag(NATIONAL_TAG, { expire: 0 });
  } catch (error) {
    if (error instanceof Error && /static generation store missing/.test(error.message)) return;
    throw error;
  }
}
