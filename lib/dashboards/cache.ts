import "server-only";
import { apply, isListening, nationalVersion, notifyStatement, startListening } from "@/lib/cache/bus";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// National aggregates are cached in each server process's memory, so every page and the read API serve
// them without touching PostgreSQL until something that changes them happens. An invalidation reaches
// every process (and every machine) through PostgreSQL LISTEN/NOTIFY (lib/cache/bus.ts). See
// docs/decisions/030-national-dashboard-caching.md and 046-shared-rendered-output.md.
//
// Not Next's data cache (unstable_cache): its tags are kept per process, so with one process per core a
// write in one would leave the others serving the old figures for the full max age.

/** The name of the national aggregates' cache (kept for log lines and tests). */
export const NATIONAL_TAG = "national";

/** A safety net: an entry is recomputed after this long even if no invalidation arrived. */
export const MAX_AGE_MS = 15 * 60 * 1000;
const MAX_ENTRIES = 500;

type Entry = { version: number; expires: number; json: Promise<string> };

const KEY = Symbol.for("gezondin.national-cache");
function entries(): Map<string, Entry> {
  const g = globalThis as unknown as Record<symbol, Map<string, Entry> | undefined>;
  return (g[KEY] ??= new Map());
}

/**
 * Wraps an aggregate in the national cache. `name` is part of the key (with the arguments), so two
 * functions never share entries. Results must be plain JSON (no Map, Date or BigInt): every caller gets its
 * own copy. Concurrent callers of a missing entry share one computation. While this process cannot hear
 * invalidations (its listener is not connected yet, or lost), nothing is served from memory.
 */
export function nationalCache<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A): Promise<R> => {
    if (!isListening()) startListening(env().DATABASE_URL); // env() parses: not on every hit
    if (!isListening()) return JSON.parse(JSON.stringify(await fn(...args))) as R;
    const map = entries();
    const key = `${name}:${JSON.stringify(args)}`;
    const version = nationalVersion();
    const now = Date.now();
    const hit = map.get(key);
    if (hit && hit.version === version && hit.expires > now) {
      map.delete(key); // most recently used last
      map.set(key, hit);
      return JSON.parse(await hit.json) as R;
    }
    const json = fn(...args).then((v) => JSON.stringify(v));
    map.set(key, { version, expires: now + MAX_AGE_MS, json });
    json.catch(() => {
      if (map.get(key)?.json === json) map.delete(key);
    });
    while (map.size > MAX_ENTRIES) map.delete(map.keys().next().value!);
    return JSON.parse(await json) as R;
  };
}

/**
 * Call after anything that changes national figures has been committed: a questionnaire submitted,
 * returned, accepted or reopened, an import committed, a round opened or closed, a question or option text
 * edited, a municipality's GIDS status changed, approaches or initiatives saved. This process forgets its
 * entries at once; the others when the notification reaches them (milliseconds). Also from scripts (a CLI
 * import): the running servers hear it. A failed notification is logged, not thrown: the change itself
 * has been committed, and the entries still expire after MAX_AGE_MS.
 */
export async function invalidateNational(): Promise<void> {
  apply({ kind: "national" });
  const { text, values } = notifyStatement({ kind: "national" });
  try {
    await db.$executeRawUnsafe(text, ...values);
  } catch (error) {
    console.error("[cache] could not notify other processes:", error instanceof Error ? error.message : String(error));
  }
}
