// The `'use cache'` store for several instances (next.config.js `cacheHandlers.default` and `.remote`,
// only when REDIS_URL is set; docs/decisions/048-cache-handlers-redis.md). Entries live in Redis, shared by
// every instance, with a copy in this process's memory so a hit does not move the value over the network;
// every hit is checked against the tag expirations in Redis (lib/cache/redis-tags.mjs), so an updateTag or
// revalidateTag in one instance, or an expireTags from a CLI, makes every instance miss on its next request.
// Without Redis (unreachable), every read is a miss and nothing is stored: correct answers, computed anew.
//
// Next loads this file itself (by path, outside the app's bundles), so it reads process.env.REDIS_URL
// directly: lib/env.ts is not available here.
import { createHash } from "node:crypto";
import { anyExpired, anyStale, expireTagsInRedis, KEY_PREFIX, logRedisError, readTagTimes, redisClient, redisGeneration } from "./redis-tags.mjs";

const REDIS_URL = process.env.REDIS_URL ?? "";
const ENTRY_PREFIX = `${KEY_PREFIX}use-cache:`;
/** The in-process copy's budget (bytes of values); least recently used entries go first. */
const MEMORY_BYTES = 50 * 1024 * 1024;

/**
 * @typedef {{ tags: string[]; stale: number; timestamp: number; expire: number; revalidate: number }} EntryMeta
 * @typedef {EntryMeta & { value: ReadableStream<Uint8Array> }} CacheEntry
 * @typedef {{ meta: EntryMeta; value: Buffer; wall: number; generation?: number }} Stored
 *   `wall`: the entry's timestamp on the wall clock (Date.now()), comparable with tag times written by other
 *   processes; Next's `timestamp` is this process's performance clock, which drifts from the wall clock.
 *   `generation`: the Redis connection the memory copy belongs to (redisGeneration()).
 */

/** @type {Map<string, Stored>} */
const memory = new Map();
let memoryBytes = 0;
/** @type {Map<string, Promise<void>>} */
const pendingSets = new Map();

const redisKey = (/** @type {string} */ cacheKey) => ENTRY_PREFIX + createHash("sha256").update(cacheKey).digest("base64url");

function remember(/** @type {string} */ cacheKey, /** @type {Stored} */ stored) {
  forget(cacheKey);
  memory.set(cacheKey, stored);
  memoryBytes += stored.value.byteLength;
  for (const [key, old] of memory) {
    if (memoryBytes <= MEMORY_BYTES) break;
    memory.delete(key);
    memoryBytes -= old.value.byteLength;
  }
}

function forget(/** @type {string} */ cacheKey) {
  const old = memory.get(cacheKey);
  if (!old) return;
  memory.delete(cacheKey);
  memoryBytes -= old.value.byteLength;
}

/** @param {string} raw @returns {Stored} */
function parse(raw) {
  const { value, wall, ...meta } = JSON.parse(raw);
  return { meta, wall, value: Buffer.from(value, "base64") };
}

/** @param {Buffer} buffer */
function streamOf(buffer) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(buffer));
      controller.close();
    },
  });
}

/** @param {ReadableStream<Uint8Array>} stream */
async function bufferOf(stream) {
  const chunks = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const handler = {
  /** @param {string} cacheKey @param {string[]} softTags @returns {Promise<CacheEntry | undefined>} */
  async get(cacheKey, softTags) {
    await pendingSets.get(cacheKey);
    try {
      const client = await redisClient(REDIS_URL);
      if (!client) return undefined;
      let stored = memory.get(cacheKey);
      if (stored && stored.generation !== redisGeneration()) {
        // Reconnected since: Redis may have restarted empty, without the tags that ruled this copy out.
        forget(cacheKey);
        stored = undefined;
      }
      if (stored) {
        memory.delete(cacheKey); // most recently used last
        memory.set(cacheKey, stored);
      } else {
        const raw = await client.get(redisKey(cacheKey));
        if (!raw) return undefined;
        stored = { ...parse(raw), generation: redisGeneration() };
        remember(cacheKey, stored);
      }
      const now = Date.now();
      // As Next's default handler in production: past its revalidate time an entry is a miss.
      if (now > stored.wall + stored.meta.revalidate * 1000) {
        forget(cacheKey);
        return undefined;
      }
      const times = await readTagTimes(client, [...stored.meta.tags, ...softTags]);
      if (anyExpired(times, stored.wall, now)) {
        forget(cacheKey);
        return undefined;
      }
      const revalidate = anyStale(times, stored.wall) ? -1 : stored.meta.revalidate;
      return { ...stored.meta, revalidate, value: streamOf(stored.value) };
    } catch (error) {
      logRedisError("get", error);
      return undefined;
    }
  },

  /** @param {string} cacheKey @param {Promise<CacheEntry>} pendingEntry */
  async set(cacheKey, pendingEntry) {
    /** @type {() => void} */
    let done = () => {};
    pendingSets.set(cacheKey, new Promise((resolve) => (done = () => resolve(undefined))));
    try {
      const entry = await pendingEntry;
      // expire 0 marks a dynamic entry that Next regenerates on every read (its default handler skips it too).
      if (entry.expire === 0) return;
      const value = await bufferOf(entry.value);
      const { value: _stream, ...meta } = entry;
      const wall = Math.round(entry.timestamp - (performance.timeOrigin + performance.now() - Date.now()));
      const client = await redisClient(REDIS_URL);
      if (!client) return;
      remember(cacheKey, { meta, value, wall, generation: redisGeneration() });
      const ttl = Math.max(1, Math.ceil(Number.isFinite(entry.expire) ? entry.expire : 365 * 24 * 3600));
      await client.set(redisKey(cacheKey), JSON.stringify({ ...meta, wall, value: value.toString("base64") }), { EX: ttl });
    } catch (error) {
      // A stream that failed (the function threw) or Redis failing: nothing is stored, the next read recomputes.
      forget(cacheKey);
      logRedisError("set", error);
    } finally {
      done();
      pendingSets.delete(cacheKey);
    }
  },

  /** Nothing to sync ahead of a request: every hit reads its tags from Redis. */
  async refreshTags() {},

  /**
   * Infinity tells Next that this handler checks the soft (implicit, path) tags itself, in get(): their
   * times are on the wall clock of whichever instance wrote them, not on this process's clock.
   * @param {string[]} _tags
   */
  async getExpiration(_tags) {
    return Infinity;
  },

  /** @param {string[]} tags @param {{ expire?: number }} [durations] */
  async updateTags(tags, durations) {
    for (const [key, stored] of memory) if (stored.meta.tags.some((t) => tags.includes(t))) forget(key);
    // A failure is logged, not thrown: other instances keep serving these tags' entries until they expire.
    await expireTagsInRedis(REDIS_URL, tags, durations);
  },
};

export default handler;
