// Expiring cache tags from outside a request (CLI scripts such as scripts/import-survey.ts, background
// jobs): the branch of lib/cache/expire.ts that cannot call revalidateTag. With REDIS_URL the tags' expiry
// is written into Redis exactly as the cache handlers read it (lib/cache/redis-tags.mjs), so every instance
// misses on its next request. Without it the caches are the single running server's memory: this asks that
// server (PORTAL_INTERNAL_URL, default http://127.0.0.1:${PORT ?? 3000}) through /api/internal/revalidate.
// Never throws: the change is committed whatever happens here; a failure is logged, and the entries still
// expire with their cacheLife.
import { cacheStoreEnv, type CacheStoreEnv } from "../env-schema";
import { expireTagsInRedis } from "./redis-tags.mjs";
import { revalidateToken } from "./revalidate-token";

/** How long a script waits for the running server before giving up (ms). */
const TIMEOUT_MS = 5000;

export async function expireTagsOutsideRequest(tags: readonly string[], config: CacheStoreEnv = cacheStoreEnv()): Promise<void> {
  if (tags.length === 0) return;
  if (config.REDIS_URL) {
    // The connection stays (shared with the cache handlers when this runs inside a server); it does not
    // keep a script from exiting.
    const ok = await expireTagsInRedis(config.REDIS_URL, tags);
    if (!ok) console.error(`[cache] tags ${tags.join(", ")} not expired: redis unreachable; running instances show the change when their entries expire`);
    return;
  }
  const base = config.PORTAL_INTERNAL_URL ?? `http://127.0.0.1:${config.PORT ?? 3000}`;
  if (!config.NEXTAUTH_SECRET) {
    console.error(`[cache] tags ${tags.join(", ")} not expired: NEXTAUTH_SECRET is not set, so ${base} cannot be asked`);
    return;
  }
  try {
    const res = await fetch(new URL("/api/internal/revalidate", base), {
      method: "POST",
      headers: { authorization: `Bearer ${revalidateToken(config.NEXTAUTH_SECRET)}`, "content-type": "application/json" },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!res.ok) console.error(`[cache] tags ${tags.join(", ")} not expired: ${base} answered ${res.status}`);
  } catch (error) {
    // No server running (or not reachable): nothing in memory to expire there, or it expires with its cacheLife.
    console.error(`[cache] tags ${tags.join(", ")} not expired: ${base} unreachable (${error instanceof Error ? error.message : String(error)})`);
  }
}
