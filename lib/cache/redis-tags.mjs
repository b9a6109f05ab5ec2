// Shared cache state in Redis for several instances (docs/decisions/048-cache-handlers-redis.md): one
// connection per process, and the tag expirations every instance checks its entries against.
// Used by the cache handlers that next.config.js loads (plain JavaScript, imported by Node outside Next's
// bundles, hence .mjs) and by lib/cache/expire-outside.ts (CLI scripts and jobs write the same tags).
// No Next.js imports: this runs in `next start`, in the build's prerender workers and in tsx scripts.
import { createClient } from "redis";

/** Every key this portal writes starts with this (one Redis, or one Redis database, per deployment). */
export const KEY_PREFIX = "gezondin:";
/** Hashes tag → Date.now() (ms) of the instance that wrote it: when the tag expires, when it turned stale. */
export const EXPIRED_KEY = `${KEY_PREFIX}tags:expired`;
export const STALE_KEY = `${KEY_PREFIX}tags:stale`;

/** @typedef {{ expired?: number; stale?: number }} TagTimes */
/** @typedef {{ expire?: number }} TagDurations */
/** @typedef {ReturnType<typeof createClient>} Redis */

const CLIENTS = Symbol.for("gezondin.redis-clients");
/** @type {Map<string, { client: Redis; firstAttempt: Promise<void> }>} */
const clients = /** @type {any} */ (globalThis)[CLIENTS] ?? ((/** @type {any} */ (globalThis))[CLIENTS] = new Map());

const GENERATION = Symbol.for("gezondin.redis-generation");
/**
 * Counts the connections made (first connect and every reconnect) in this process. A process's memory copy of
 * an entry is only good for the connection it was checked on: Redis may have restarted empty in between,
 * taking the tag expirations that would have ruled the copy out.
 */
export function redisGeneration() {
  return /** @type {number} */ ((/** @type {any} */ (globalThis))[GENERATION] ?? 0);
}

let lastErrorLog = 0;
/** Logs a Redis failure at most every 10 s per process (a Redis outage must not flood the log). */
export function logRedisError(/** @type {string} */ what, /** @type {unknown} */ error) {
  const now = Date.now();
  if (now - lastErrorLog < 10_000) return;
  lastErrorLog = now;
  console.error(`[cache] redis ${what}:`, error instanceof Error ? error.message : String(error));
}

/**
 * The process's client for `url`, connecting on first use. Commands fail at once while Redis is unreachable
 * (no offline queue: a request must not wait for Redis); the client keeps reconnecting in the background.
 * Its sockets do not keep a process alive; while Redis is down its retry timer does, so scripts end with
 * process.exit (scripts/import-survey.ts does).
 * @param {string} url
 * @returns {Promise<Redis | null>} null while not connected
 */
export async function redisClient(url) {
  let known = clients.get(url);
  if (!known) {
    const client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
    });
    client.unref(); // applies to every socket it opens
    client.on("error", (error) => logRedisError("connection", error));
    client.on("ready", () => ((/** @type {any} */ (globalThis))[GENERATION] = redisGeneration() + 1));
    // connect() keeps retrying until Redis answers; callers wait for the first attempt only, then go on
    // without Redis (null) while it reconnects in the background.
    const firstAttempt = new Promise((resolve) => {
      client.once("ready", () => resolve(undefined));
      client.once("error", () => resolve(undefined));
    });
    client.connect().catch((error) => logRedisError("connect", error));
    known = { client, firstAttempt: /** @type {Promise<void>} */ (firstAttempt) };
    clients.set(url, known);
  }
  await known.firstAttempt;
  return known.client.isReady ? known.client : null;
}

/** Closes this process's clients (tests; servers and scripts keep theirs, which do not hold a process). */
export async function closeRedisClients() {
  const all = [...clients.values()];
  clients.clear();
  await Promise.all(all.map(({ client }) => (client.isReady ? client.quit().then(() => {}, () => client.destroy()) : client.destroy())));
}

/**
 * The times recorded for `tags`, in order (an unknown tag: {}). One round trip (the two reads pipeline).
 * @param {Redis} client
 * @param {readonly string[]} tags
 * @returns {Promise<TagTimes[]>}
 */
export async function readTagTimes(client, tags) {
  if (tags.length === 0) return [];
  const [expired, stale] = await Promise.all([client.hmGet(EXPIRED_KEY, [...tags]), client.hmGet(STALE_KEY, [...tags])]);
  return tags.map((_, i) => {
    /** @type {TagTimes} */
    const t = {};
    if (typeof expired[i] === "string") t.expired = Number(expired[i]);
    if (typeof stale[i] === "string") t.stale = Number(stale[i]);
    return t;
  });
}

/**
 * Records that `tags` were revalidated now, with Next's semantics (its default handler's updateTags):
 * without durations the tags expire at once (updateTag, revalidateTag(tag, { expire: 0 }) passes
 * `{ expire: 0 }`, the same); with `{ expire }` they turn stale now and expire `expire` seconds later.
 * Plain writes, no read first: two instances revalidating at once cannot lose each other's update.
 * @param {Redis} client
 * @param {readonly string[]} tags
 * @param {TagDurations} [durations]
 */
export async function writeTagTimes(client, tags, durations) {
  if (tags.length === 0) return;
  const now = Date.now();
  const at = (/** @type {number} */ ms) => Object.fromEntries(tags.map((tag) => [tag, String(ms)]));
  const writes = [];
  if (durations) writes.push(client.hSet(STALE_KEY, at(now)));
  if (!durations || durations.expire !== undefined) writes.push(client.hSet(EXPIRED_KEY, at(now + (durations?.expire ?? 0) * 1000)));
  await Promise.all(writes);
}

/**
 * True when one of the tags expired after `timestamp` (the entry was made before the change) and that
 * expiry has come. Same rule as Next's own tags manifest (areTagsExpired).
 * @param {readonly TagTimes[]} times
 * @param {number} timestamp
 */
export function anyExpired(times, timestamp, now = Date.now()) {
  return times.some((t) => typeof t.expired === "number" && t.expired <= now && t.expired > timestamp);
}

/** True when one of the tags turned stale after `timestamp` (Next's areTagsStale). @param {readonly TagTimes[]} times @param {number} timestamp */
export function anyStale(times, timestamp) {
  return times.some((t) => typeof t.stale === "number" && t.stale > timestamp);
}

/**
 * Expires `tags` in the store every instance reads: for the handlers' updateTags/revalidateTag and for code
 * outside a request (CLI, jobs). Returns false (after logging) when Redis could not be reached; never throws.
 * @param {string} url
 * @param {readonly string[]} tags
 * @param {{ expire?: number }} [durations]
 */
export async function expireTagsInRedis(url, tags, durations) {
  try {
    const client = await redisClient(url);
    if (!client) throw new Error("not connected");
    await writeTagTimes(client, tags, durations);
    return true;
  } catch (error) {
    console.error(`[cache] could not expire tags ${tags.join(", ")} in redis:`, error instanceof Error ? error.message : String(error));
    return false;
  }
}
