// Two production instances on one database, sharing a throwaway Redis: what tests/e2e/multi-instance.spec.ts
// runs against. Started with tsx as a child of the spec (the seed and Prisma are plain Node code, not
// Playwright's): a fresh, seeded database `gezondin_multi` on the e2e PostgreSQL, redis-server on a free
// port, and two `next start` (scripts/lib/app.ts serve) with the same NEXTAUTH_SECRET and
// NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, like two machines behind a load balancer. Prints one line
// `READY {json}` when both answer; SIGTERM (or the spec closing stdin) stops everything it started.
// MULTI_INSTANCE_SHARED_CACHE=0 starts the instances without REDIS_URL (to watch the test fail).
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openDatabase, prepareDatabase, serve, type Database } from "../../../scripts/lib/app";
import { freePort, startRedis } from "../../helpers/redis-server";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (m: string) => process.stderr.write(`[multi-instance] ${m}\n`);

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${base} exited with ${child.exitCode}`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return;
    await sleep(200);
  }
  throw new Error(`${base} did not answer /api/health within 60 s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  return Promise.race([exited, sleep(5000).then(() => void child.kill("SIGKILL"))]);
}

delete process.env.DATABASE_URL; // never the demo or a shared database
const shared = process.env.MULTI_INSTANCE_SHARED_CACHE !== "0";
const redis = await startRedis();
const servers: ChildProcess[] = [];
let database: Database | null = null;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await Promise.all(servers.map(stopChild));
    await redis.stop();
    await database?.stop().catch(() => {}); // only if this process started PostgreSQL (run on its own)
  }
  process.exit(code);
}
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGINT", () => void shutdown(0));
process.stdin.on("end", () => void shutdown(0));
process.stdin.resume();

try {
  database = await openDatabase({
    folder: process.env.E2E_PG_DIR ?? "e2e-pg",
    port: Number(process.env.E2E_PG_PORT ?? 54349),
    name: "gezondin_multi",
    fresh: true,
    durable: false,
  });
  await prepareDatabase(database.url, { seed: "always" });
  const secrets = {
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  const bases: string[] = [];
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = serve({
      url: database.url,
      port,
      demo: true,
      pipeOutput: true,
      extraEnv: { ...secrets, NEXTAUTH_URL: base, PORT: String(port), ...(shared ? { REDIS_URL: redis.url } : { REDIS_URL: "" }) },
    });
    child.stdout!.on("data", (d: Buffer) => process.stderr.write(`[instance ${"AB"[i]}] ${d}`));
    servers.push(child);
    bases.push(base);
  }
  await Promise.all(bases.map((b, i) => waitForHealth(b, servers[i]!)));
  log(`instances ${bases.join(" and ")}${shared ? `, sharing ${redis.url}` : ", WITHOUT a shared cache"}`);
  process.stdout.write(`READY ${JSON.stringify({ a: bases[0], b: bases[1], dbUrl: database.url, redisUrl: shared ? redis.url : "", nextauthSecret: secrets.NEXTAUTH_SECRET })}\n`);
} catch (error) {
  log(`failed: ${error instanceof Error ? error.stack : String(error)}`);
  await shutdown(1);
}
