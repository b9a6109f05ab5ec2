// The route cache (ISR: pages' static shells, cached route handlers) for several instances
// (next.config.js `cacheHandler`, only when REDIS_URL is set; docs/decisions/048-cache-handlers-redis.md).
// Entries live in Redis under the build's id, so every instance serves what any of them rendered; every hit
// is checked against the shared tag expirations (lib/cache/redis-tags.mjs), so a tag revalidated anywhere
// is a miss everywhere. Redis unreachable: every read is a miss (Next renders) and nothing is stored.
//
// Next loads this file itself (by path, outside the app's bundles), so it reads process.env.REDIS_URL
// directly: lib/env.ts is not available here.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { anyExpired, anyStale, expireTagsInRedis, KEY_PREFIX, logRedisError, readTagTimes, redisClient } from "./redis-tags.mjs";

const REDIS_URL = process.env.REDIS_URL ?? "";
/** Kept at most this long when the entry names no expiry of its own (seconds). */
const DEFAULT_TTL = 14 * 24 * 3600;
const TAGS_HEADER = "x-next-cache-tags";

/** @type {Map<string, string>} */
const buildIds = new Map();
/** The build's id (entries of another build are never served: their payloads would not match its code). */
function buildIdOf(/** @type {string | undefined} */ serverDistDir) {
  const dir = serverDistDir ?? "";
  let id = buildIds.get(dir);
  if (id === undefined) {
    try {
      id = readFileSync(path.join(dir, "..", "BUILD_ID"), "utf8").trim();
    } catch {
      id = "unknown";
    }
    buildIds.set(dir, id);
  }
  return id;
}

/** JSON with Buffers (and typed arrays) and Maps kept: route entries carry RSC payloads and segment maps. */
function encode(/** @type {unknown} */ v) {
  if (v instanceof Uint8Array) return { $b: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64") };
  if (v instanceof Map) return { $m: [...v].map(([k, x]) => [k, encode(x)]) };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
  return v;
}

/** @returns {any} */
function decode(/** @type {any} */ v) {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === "object") {
    if (typeof v.$b === "string") return Buffer.from(v.$b, "base64");
    if (Array.isArray(v.$m)) return new Map(v.$m.map((/** @type {[string, unknown]} */ [k, x]) => [k, decode(x)]));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
  }
  return v;
}

/** The tags a stored route carries: those Next passed when storing it and its x-next-cache-tags header. */
function tagsOf(/** @type {any} */ value, /** @type {string[]} */ stored) {
  const header = value?.headers?.[TAGS_HEADER];
  return [...stored, ...(typeof header === "string" && header ? header.split(",") : [])];
}

export default class RouteCacheHandler {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    this.prefix = `${KEY_PREFIX}route:${buildIdOf(ctx?.serverDistDir)}:`;
  }

  /** @param {string} key */
  keyOf(key) {
    return this.prefix + createHash("sha256").update(key).digest("base64url");
  }

  /** @param {string} key @param {{ tags?: string[]; softTags?: string[] }} [ctx] */
  async get(key, ctx) {
    try {
      const client = await redisClient(REDIS_URL);
      if (!client) return null;
      const raw = await client.get(this.keyOf(key));
      if (!raw) return null;
      const { lastModified, tags, value } = JSON.parse(raw);
      const all = [...tagsOf(value, tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
      const times = await readTagTimes(client, [...new Set(all)]);
      // Stale counts as a miss too: Next would otherwise check staleness against this process's own tags only.
      if (anyExpired(times, lastModified) || anyStale(times, lastModified)) return null;
      return { lastModified, value: decode(value) };
    } catch (error) {
      logRedisError("get", error);
      return null;
    }
  }

  /** @param {string} key @param {unknown} data @param {{ tags?: string[]; cacheControl?: { expire?: number } }} [ctx] */
  async set(key, data, ctx) {
    try {
      const client = await redisClient(REDIS_URL);
      if (!client) return;
      if (!data) {
        await client.del(this.keyOf(key));
        return;
      }
      const expire = ctx?.cacheControl?.expire;
      const ttl = typeof expire === "number" && Number.isFinite(expire) && expire > 0 ? Math.ceil(expire) : DEFAULT_TTL;
      const entry = { lastModified: Date.now(), tags: ctx?.tags ?? [], value: encode(data) };
      await client.set(this.keyOf(key), JSON.stringify(entry), { EX: ttl });
    } catch (error) {
      logRedisError("set", error);
    }
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await expireTagsInRedis(REDIS_URL, [tags].flat(), durations);
  }

  resetRequestCache() {}
}
