// Zero set-up PostgreSQL: starts from nothing in an empty folder (UTF8), reuses a server whose owner
// process died, and replaces one that does not answer.
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { ensurePostgres, localUrl, stopStray } from "../../scripts/lib/pg.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = path.join(mkdtempSync(path.join(root, ".data", "embedded-test-")), "pg");
const port = 54000 + Math.floor(Math.random() * 900);

afterAll(async () => {
  await stopStray(dataDir);
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

async function query(sql: string) {
  const c = new pg.Client({ connectionString: localUrl(port, "gz_embedded") });
  await c.connect();
  try {
    return (await c.query(sql)).rows[0];
  } finally {
    await c.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("initialises an empty folder and serves a UTF8 database", async () => {
    const s = await ensurePostgres({ dataDir, port, databases: ["gz_embedded"], durable: false });
    expect(s.reused).toBe(false);
    const row = await query(`select current_setting('server_encoding') enc, current_setting('server_version_num')::int v, 'Súdwest-Fryslân'::text n`);
    expect(row).toMatchObject({ enc: "UTF8", n: "Súdwest-Fryslân" });
    expect(row.v).toBeGreaterThanOrEqual(150000);
    await s.stop();
  });

  it("reuses a server left running by a process that was killed", async () => {
    // A child process starts the server and is then killed hard: PostgreSQL keeps running.
    const script = `import { ensurePostgres } from ${JSON.stringify(path.join(root, "scripts/lib/pg.mjs"))};
      await ensurePostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, durable: false });
      process.kill(process.pid, "SIGKILL");`;
    spawnSync(process.execPath, ["--input-type=module", "-e", script], { stdio: "ignore" });
    const s = await ensurePostgres({ dataDir, port, databases: ["gz_embedded"], durable: false });
    expect(s.reused).toBe(true);
    expect(await query("select 1 as one")).toEqual({ one: 1 });
  });

  it("replaces a server that does not answer on its port", async () => {
    // The server from the previous test runs on `port`; asking for another port finds it silent there.
    const other = port + 1;
    const s = await ensurePostgres({ dataDir, port: other, durable: false });
    expect(s.reused).toBe(false);
    const c = new pg.Client({ connectionString: localUrl(other, "postgres") });
    await c.connect();
    await c.end();
    await s.stop();
  });
});
