// Starts a throwaway embedded PostgreSQL for the integration tests (never the demo database), migrates
// and seeds template databases once per run; each test file then clones its own database from a template.
// Database names carry this run's pid, so concurrent runs on one machine do not disturb each other.
import path from "node:path";
import type { TestProject } from "vitest/node";
import pg from "pg";
import { ensurePostgres, localUrl } from "../../../scripts/lib/pg.mjs";
import { applyMigrations } from "../../../scripts/lib/migrator";
import { seedDatabase } from "../../../prisma/seed/run";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    dbPrefix: string;
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function otherRuns(admin: pg.Client): Promise<{ mine: string[]; stale: string[]; live: number }> {
  const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'gz\\_%'");
  const mine: string[] = [];
  const stale: string[] = [];
  let live = 0;
  for (const { datname } of rows) {
    const pid = Number(/^gz_(\d+)_/.exec(datname)?.[1]);
    if (pid === process.pid) mine.push(datname);
    else if (!pid || !alive(pid)) stale.push(datname);
    else live++;
  }
  return { mine, stale, live };
}

export default async function setup(project: TestProject) {
  const port = Number(process.env.TEST_PG_PORT ?? 54339);
  const root = path.resolve(import.meta.dirname, "../../..");
  const server = await ensurePostgres({ dataDir: path.join(root, ".data", port === 54339 ? "test-pg" : `test-pg-${port}`), port, durable: false });
  const prefix = `gz_${process.pid}_`;
  const tpl = { migrated: `${prefix}tpl_migrated`, reference: `${prefix}tpl_reference`, demo: `${prefix}tpl_demo` };

  const admin = new pg.Client({ connectionString: localUrl(port, "postgres") });
  await admin.connect();
  for (const name of (await otherRuns(admin)).stale) await admin.query(`drop database if exists "${name}" with (force)`);
  for (const name of Object.values(tpl)) await admin.query(`create database "${name}" encoding 'UTF8' template template0`);
  await admin.end();

  const quiet = { log: () => {} };
  await applyMigrations(localUrl(port, tpl.migrated), quiet);
  await applyMigrations(localUrl(port, tpl.reference), quiet);
  await seedDatabase(localUrl(port, tpl.reference), { demo: false, log: () => {} });
  await applyMigrations(localUrl(port, tpl.demo), quiet);
  await seedDatabase(localUrl(port, tpl.demo), { demo: true, log: () => {} });

  project.provide("pgAdminUrl", localUrl(port, "postgres"));
  project.provide("dbPrefix", prefix);
  return async () => {
    const c = new pg.Client({ connectionString: localUrl(port, "postgres") });
    await c.connect();
    const runs = await otherRuns(c);
    for (const name of runs.mine) await c.query(`drop database if exists "${name}" with (force)`);
    await c.end();
    // Leave the server up while another run on this machine still uses it.
    if (!server.reused && runs.live === 0) await server.stop();
  };
}
