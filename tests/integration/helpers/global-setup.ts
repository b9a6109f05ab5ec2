// Starts a throwaway embedded PostgreSQL for the integration tests (never the demo database), migrates
// and seeds two template databases once; each test file then clones its own database from a template.
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensurePostgres, localUrl } from "../../../scripts/lib/pg.mjs";
import { applyMigrations } from "../../../scripts/lib/migrator";
import { seedDatabase } from "../../../prisma/seed/run";
import pg from "pg";

export const TEMPLATES = { migrated: "gz_tpl_migrated", reference: "gz_tpl_reference", demo: "gz_tpl_demo" } as const;

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgPort: number;
  }
}

export default async function setup(project: TestProject) {
  const port = Number(process.env.TEST_PG_PORT ?? 54339);
  const root = path.resolve(import.meta.dirname, "../../..");
  const server = await ensurePostgres({ dataDir: path.join(root, ".data", "test-pg"), port, durable: false });
  const admin = new pg.Client({ connectionString: localUrl(port, "postgres") });
  await admin.connect();
  // Start from nothing: drop what an earlier run left behind.
  const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'gz\\_%'");
  for (const r of rows) await admin.query(`drop database if exists "${r.datname}" with (force)`);
  for (const name of Object.values(TEMPLATES)) await admin.query(`create database "${name}" encoding 'UTF8' template template0`);
  await admin.end();

  const quiet = { log: () => {} };
  await applyMigrations(localUrl(port, TEMPLATES.migrated), quiet);
  await applyMigrations(localUrl(port, TEMPLATES.reference), quiet);
  await seedDatabase(localUrl(port, TEMPLATES.reference), { demo: false, log: () => {} });
  await applyMigrations(localUrl(port, TEMPLATES.demo), quiet);
  await seedDatabase(localUrl(port, TEMPLATES.demo), { demo: true, log: () => {} });

  project.provide("pgAdminUrl", localUrl(port, "postgres"));
  project.provide("pgPort", port);
  return async () => {
    if (!server.reused) await server.stop();
  };
}
