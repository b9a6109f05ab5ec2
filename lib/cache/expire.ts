import { revalidateTag } from "next/cache";
import type { CacheTag } from "./tags";

// Expiring cache tags where no server action runs: route handlers, background jobs and the CLI
// (no `server-only` here: the CLI imports it too)
// (docs/decisions/050-one-cache-model.md). Server actions go through the action wrapper instead, which
// calls `updateTag` (read-your-writes for the user who saved).

/**
 * Expires `tags` at once: the next read of anything tagged with them recomputes. Inside a request (a
 * route handler) through Next's `revalidateTag`; outside one (a job, a script) Next has no request store,
 * and the tags are expired in the shared cache store instead (expireOutsideRequest). Never throws: the
 * change itself has been committed, and cached entries still end with their cacheLife.
 */
export async function expireTags(tags: readonly CacheTag[]): Promise<void> {
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    return;
  } catch {
    // Not in a request: fall through.
  }
  try {
    await expireOutsideRequest(tags);
  } catch (error) {
    console.error("[cache] could not expire tags:", tags.join(", "), error instanceof Error ? error.message : String(error));
  }
}

/** Redis when REDIS_URL is set (every instance reads it), else the running server's /api/internal/revalidate
 *  (lib/cache/expire-outside.ts, decision 048). Loaded on demand: requests never need it. */
async function expireOutsideRequest(tags: readonly CacheTag[]): Promise<void> {
  const { expireTagsOutsideRequest } = await import("./expire-outside");
  await expireTagsOutsideRequest(tags);
}
