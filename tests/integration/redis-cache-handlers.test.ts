// The Redis-backed cache handlers (lib/cache/*-handler.mjs) as two instances would use them: two module
// instances of each handler (each with its own memory), one real redis-server. An expiry written by one
// instance, or by a script (expireTagsOutsideRequest), must make the other miss. Also the script's fallback
// without Redis: the signed POST to the running server.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { revalidateToken } from "@/lib/cache/revalidate-token";
import { freePort, redisServerBinary, startRedis, type RedisServer } from "../helpers/redis-server";

type Entry = { value: ReadableStream<Uint8Array>; tags: string[]; stale: number; timestamp: number; expire: number; revalidate: number };
type UseCacheHandler = {
  get(key: string, softTags: string[]): Promise<Entry | undefined>;
  set(key: string, entry: Promise<Entry>): Promise<void>;
  updateTags(tags: string[], durations?: { expire?: number }): Promise<void>;
};
type RouteHandler = { get(key: string, ctx?: object): Promise<{ value: unknown } | null>; set(key: string, data: unknown, ctx?: object): Promise<void>; revalidateTag(tags: string | string[], d?: object): Promise<void> };

let redis: RedisServer;
// CI installs redis-server (.ci/run); a developer machine without it skips these (the POST fallback still runs).
const withRedis = describe.skipIf(!redisServerBinary() && !process.env.CI);

async function instance(): Promise<{ useCache: UseCacheHandler; route: RouteHandler }> {
  vi.resetModules(); // a fresh module graph: the handlers' memory is per instance, as in two processes
  const useCache = (await import("@/lib/cache/use-cache-handler.mjs")).default as UseCacheHandler;
  const Route = (await import("@/lib/cache/route-cache-handler.mjs")).default as unknown as new (ctx: object) => RouteHandler;
  return { useCache, route: new Route({ serverDistDir: "/nonexistent/server" }) };
}

const bytes = (s: string) => new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new TextEncoder().encode(s)), c.close()) });
const text = async (e: Entry | undefined) => (e ? new Response(e.value).text() : undefined);
const entry = (value: string, tags: string[]): Entry => ({ value: bytes(value), tags, stale: 300, timestamp: performance.timeOrigin + performance.now(), expire: 3600, revalidate: 900 });

beforeAll(async () => {
  if (!redisServerBinary() && !process.env.CI) return;
  redis = await startRedis();
  process.env.REDIS_URL = redis.url;
});

afterAll(async () => {
  const { closeRedisClients } = await import("@/lib/cache/redis-tags.mjs");
  await closeRedisClients();
  delete process.env.REDIS_URL;
  await redis?.stop();
});

withRedis("'use cache' handler on Redis", () => {
  it("shares entries, and an expiry in one instance is a miss in the other (memory copy included)", async () => {
    const a = await instance();
    const b = await instance();
    await a.useCache.set("k1", Promise.resolve(entry("national figures", ["national"])));
    expect(await text(await b.useCache.get("k1", []))).toBe("national figures");
    await new Promise((r) => setTimeout(r, 5)); // expiry strictly after the entry's timestamp
    await a.useCache.updateTags(["national"]);
    expect(await b.useCache.get("k1", [])).toBeUndefined();
    expect(await a.useCache.get("k1", [])).toBeUndefined();
  });

  it("checks soft (path) tags and unrelated tags leave entries alone", async () => {
    const a = await instance();
    const b = await instance();
    await a.useCache.set("k2", Promise.resolve(entry("peers", ["peers"])));
    await new Promise((r) => setTimeout(r, 5));
    await a.useCache.updateTags(["reference"]);
    expect(await text(await b.useCache.get("k2", ["_N_T_/layout"]))).toBe("peers");
    await a.useCache.updateTags(["_N_T_/gemeenten/layout"]);
    expect(await b.useCache.get("k2", ["_N_T_/gemeenten/layout"])).toBeUndefined();
  });

  it("after Redis restarted empty, a memory copy is not served on the strength of the lost tag times", async () => {
    const a = await instance();
    const b = await instance();
    await a.useCache.set("k4", Promise.resolve(entry("before the restart", ["national"])));
    expect(await text(await b.useCache.get("k4", []))).toBe("before the restart"); // B keeps a memory copy
    await new Promise((r) => setTimeout(r, 5));
    await a.useCache.updateTags(["national"]);
    await redis.stop(); // the expiry is lost with everything else
    redis = await startRedis({ port: redis.port });
    const { redisClient } = await import("@/lib/cache/redis-tags.mjs");
    await expect.poll(async () => Boolean(await redisClient(redis.url)), { timeout: 10_000 }).toBe(true);
    expect(await b.useCache.get("k4", [])).toBeUndefined();
  });

  it("a script's expireTagsOutsideRequest writes what the handlers read", async () => {
    const b = await instance();
    await b.useCache.set("k3", Promise.resolve(entry("peer shares", ["peers"])));
    expect(await text(await b.useCache.get("k3", []))).toBe("peer shares");
    await new Promise((r) => setTimeout(r, 5));
    const { expireTagsOutsideRequest } = await import("@/lib/cache/expire-outside");
    await expireTagsOutsideRequest(["peers"], { REDIS_URL: redis.url });
    expect(await b.useCache.get("k3", [])).toBeUndefined();
  });
});

withRedis("route cache handler on Redis", () => {
  it("round-trips Buffers and Maps and misses everywhere after revalidateTag", async () => {
    const a = await instance();
    const b = await instance();
    const page = { kind: "APP_PAGE", html: "<p>x</p>", rscData: Buffer.from("rsc"), segmentData: new Map([["/a", Buffer.from("seg")]]), headers: { "x-next-cache-tags": "_N_T_/landelijk,national" }, status: 200 };
    await a.route.set("/landelijk", page, { cacheControl: { revalidate: 900, expire: 3600 } });
    const hit = (await b.route.get("/landelijk", { kind: "APP_PAGE" }))?.value as typeof page;
    expect(hit.rscData.toString()).toBe("rsc");
    expect(hit.segmentData.get("/a")?.toString()).toBe("seg");
    await new Promise((r) => setTimeout(r, 5));
    await a.route.revalidateTag("national", { expire: 0 });
    expect(await b.route.get("/landelijk", { kind: "APP_PAGE" })).toBeNull();
  });
});

describe("Redis unreachable", () => {
  it("gives no client after the first attempt, and expiring reports failure instead of hanging or throwing", async () => {
    const { closeRedisClients, expireTagsInRedis, redisClient } = await import("@/lib/cache/redis-tags.mjs");
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const url = `redis://127.0.0.1:${await freePort()}`;
    const t0 = Date.now();
    expect(await redisClient(url)).toBeNull();
    expect(await expireTagsInRedis(url, ["national"])).toBe(false);
    expect(Date.now() - t0).toBeLessThan(3000);
    await closeRedisClients();
    error.mockRestore();
  });
});

describe("expireTagsOutsideRequest without Redis", () => {
  it("POSTs the tags to the running server with the signed bearer token", async () => {
    const seen: { auth?: string; body?: string } = {};
    const server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        Object.assign(seen, { auth: req.headers.authorization, body, url: req.url });
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as { port: number };
    const { expireTagsOutsideRequest } = await import("@/lib/cache/expire-outside");
    await expireTagsOutsideRequest(["national"], { PORTAL_INTERNAL_URL: `http://127.0.0.1:${port}`, NEXTAUTH_SECRET: "s".repeat(32) });
    server.close();
    expect(seen.auth).toBe(`Bearer ${revalidateToken("s".repeat(32))}`);
    expect(JSON.parse(seen.body!)).toEqual({ tags: ["national"] });
  });

  it("logs and resolves when nothing listens", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { expireTagsOutsideRequest } = await import("@/lib/cache/expire-outside");
    await expect(expireTagsOutsideRequest(["national"], { PORT: 1, NEXTAUTH_SECRET: "s".repeat(32) })).resolves.toBeUndefined();
    expect(error.mock.calls.some((c) => String(c[0]).includes("unreachable"))).toBe(true);
    error.mockRestore();
  });
});
