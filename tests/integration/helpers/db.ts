// Gives each integration test file its own database, cloned from a template made by global-setup.ts.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";
import { stopJobs } from "@/lib/jobs/boss";

type Template = "migrated" | "reference" | "demo";
const templateDb = (t: Template) => `${inject("dbPrefix")}tpl_${t}`;
const newName = () => `${inject("dbPrefix")}t_${randomBytes(5).toString("hex")}`;

export function testDbUrl(name: string): string {
  const u = new URL(inject("pgAdminUrl"));
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject("pgAdminUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates a fresh database from a template and returns its URL. */
export async function createDatabase(template: Template): Promise<{ name: string; url: string }> {
  const name = newName();
  await adminQuery(`create database "${name}" template "${templateDb(template)}"`);
  return { name, url: testDbUrl(name) };
}

/** Creates an empty database (no tables) and returns its URL. */
export async function createEmptyDatabase(): Promise<{ name: string; url: string }> {
  const name = newName();
  await adminQuery(`create database "${name}" encoding 'UTF8' template template0`);
  return { name, url: testDbUrl(name) };
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`drop database if exists "${name}" with (force)`);
}

/**
 * Call at the top level of a test file: before the tests it points DATABASE_URL (and so lib/db) at a
 * fresh clone of the template; afterwards it drops it.
 */
export type TestDatabase = {
  url: () => string;
  /** Plain SQL on the test database outside Prisma (expectations computed independently of the code under test). */
  sql: <T>(text: string, params?: unknown[]) => Promise<T[]>;
};

export function useTestDatabase(template: Template = "demo"): TestDatabase {
  let current: { name: string; url: string } | undefined;
  beforeAll(async () => {
    current = await createDatabase(template);
    process.env.DATABASE_URL = current.url;
  });
  afterAll(async () => {
    await stopJobs(5_000); // a test that enqueued (or worked) started pg-boss on this database
    await disconnectDb();
    if (current) await dropDatabase(current.name);
  });
  const url = () => {
    if (!current) throw new Error("database not ready (use inside tests)");
    return current.url;
  };
  const sql = async <T,>(text: string, params: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  return { url, sql };
}
