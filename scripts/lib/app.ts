// Shared steps of `npm run demo` and the e2e server: database, migrations, seed, build, serve.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { ensurePostgres, localUrl } from "./pg.mjs";
import { applyMigrations } from "./migrator";
import { seedDatabase } from "../../prisma/seed/run";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

export type Database = { url: string; stop: () => Promise<void> };

/** DATABASE_URL when set, else the embedded server in .data/<folder>. `fresh` drops and recreates the database. */
export async function openDatabase(opts: { folder: string; port: number; name: string; fresh?: boolean; durable?: boolean }): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const server = await ensurePostgres({ dataDir: path.join(ROOT, ".data", opts.folder), port: opts.port, durable: opts.durable ?? true });
  const admin = new pg.Client({ connectionString: localUrl(opts.port, "postgres") });
  await admin.connect();
  if (opts.fresh) await admin.query(`drop database if exists "${opts.name}" with (force)`);
  const { rowCount } = await admin.query("select 1 from pg_database where datname=$1", [opts.name]);
  if (!rowCount) await admin.query(`create database "${opts.name}" encoding 'UTF8' template template0`);
  await admin.end();
  return { url: localUrl(opts.port, opts.name), stop: () => server.stop() };
}

export async function isEmpty(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: number }>(`select count(*)::int n from municipality`);
    return rows[0]!.n === 0;
  } finally {
    await c.end();
  }
}

export async function prepareDatabase(url: string, { seed }: { seed: "if-empty" | "always" }): Promise<boolean> {
  await applyMigrations(url, { log: (m) => console.log(`[db] ${m}`) });
  if (seed === "always" || (await isEmpty(url))) {
    console.log("[db] loading reference and demo data …");
    await seedDatabase(url, { demo: true, log: (m) => console.log(`[seed] ${m}`) });
    return true;
  }
  return false;
}

/** A stable secret for signing sessions on this machine (demo and tests only; production sets NEXTAUTH_SECRET). */
export function localSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(ROOT, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

export function build(): void {
  console.log("[build] next build …");
  const r = spawnSync(bin("next"), ["build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error("next build failed");
}

export function serve(opts: { url: string; port: number; demo: boolean; extraEnv?: Record<string, string>; pipeOutput?: boolean }): ChildProcess {
  const origin = `http://localhost:${opts.port}`;
  // Whatever Next left on disk from an earlier server: a server started here may face another database than
  // the last one (a fresh e2e database, the bench's demo then scaled data), so it starts without entries.
  rmSync(path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "cache", "fetch-cache"), { recursive: true, force: true });
  // Plain `next start`: one Next process per instance (docs/decisions/050); more instances for more cores
  // or machines share their caches through Redis (REDIS_URL).
  return spawn(bin("next"), ["start", "-p", String(opts.port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: opts.pipeOutput ? ["ignore", "pipe", "inherit"] : "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: opts.url,
      DEMO_MODE: opts.demo ? "1" : "0",
      NEXTAUTH_SECRET: localSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? origin,
      ...opts.extraEnv,
    },
  });
}
