#!/usr/bin/env node
// Runs a command with DATABASE_URL set. When DATABASE_URL is not set, starts (or reuses) the embedded
// PostgreSQL in .data/pg first, and stops it afterwards if this process started it.
// Usage: node scripts/with-db.mjs [--hold] <command> [args…]   (--hold: just keep the database up)
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensurePostgres, localUrl } from "./lib/pg.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const hold = args[0] === "--hold";
const command = hold ? [] : args;

export const DEMO_PORT = Number(process.env.PG_PORT ?? 54329);
export const DEMO_DB = "gezondin";

let db = null;
let env = { ...process.env };
if (!env.DATABASE_URL) {
  db = await ensurePostgres({ dataDir: path.join(root, ".data", "pg"), port: DEMO_PORT, databases: [DEMO_DB] });
  env.DATABASE_URL = localUrl(DEMO_PORT, DEMO_DB);
  console.error(`[db] embedded PostgreSQL ${db.reused ? "(already running)" : "started"} on 127.0.0.1:${DEMO_PORT}`);
}
// The demo server signs sessions with .data/auth-secret (scripts/lib/app.ts localSecret); a script run here
// (e.g. a CLI import) needs the same secret to ask that server to expire its caches (lib/cache/expire-outside.ts).
const secretFile = path.join(root, ".data", "auth-secret");
if (!env.NEXTAUTH_SECRET && existsSync(secretFile)) env.NEXTAUTH_SECRET = readFileSync(secretFile, "utf8").trim();

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  if (db) await db.stop().catch(() => {});
  process.exit(code);
}

if (hold) {
  console.error(`[db] DATABASE_URL=${env.DATABASE_URL}\n[db] Ctrl-C stops it.`);
  process.on("SIGINT", () => shutdown(0));
  process.on("SIGTERM", () => shutdown(0));
} else {
  const bin = path.join(root, "node_modules", ".bin", command[0]);
  const child = spawn(bin, command.slice(1), { cwd: root, env, stdio: "inherit" });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
  child.on("exit", (code, signal) => shutdown(code ?? (signal ? 1 : 0)));
}
