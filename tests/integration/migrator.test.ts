// The migrator applies committed SQL with no network: in order, once, each in a transaction, and it
// refuses a migration that was edited after it was applied.
import { afterEach, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, mkdirSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from "../../scripts/lib/migrator";
import { createEmptyDatabase, dropDatabase } from "./helpers/db";

const quiet = { log: () => {} };
const made: string[] = [];
afterEach(async () => {
  while (made.length) await dropDatabase(made.pop()!);
});

async function emptyDb() {
  const db = await createEmptyDatabase();
  made.push(db.name);
  return db.url;
}

async function scalar<T>(url: string, sql: string): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Object.values((await c.query(sql)).rows[0] as object)[0] as T;
  } finally {
    await c.end();
  }
}

function copyMigrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("migrator", () => {
  it("applies every migration once, then nothing", async () => {
    const url = await emptyDb();
    const first = await applyMigrations(url, quiet);
    expect(first).toEqual(readMigrations().map((m) => m.name));
    expect(await applyMigrations(url, quiet)).toEqual([]);
    expect(await scalar<number>(url, `select count(*)::int from "_prisma_migrations"`)).toBe(first.length);
    expect(await scalar<string>(url, `select current_setting('server_encoding')`)).toBe("UTF8");
  });

  it("refuses a migration changed after it was applied", async () => {
    const url = await emptyDb();
    const dir = copyMigrations();
    await applyMigrations(url, { ...quiet, dir });
    const first = readMigrations(dir)[0]!.name;
    appendFileSync(path.join(dir, first, "migration.sql"), "\n-- edited\n");
    await expect(applyMigrations(url, { ...quiet, dir })).rejects.toThrow(/checksum differs/);
  });

  it("rolls back a failing migration completely", async () => {
    const url = await emptyDb();
    const dir = copyMigrations();
    mkdirSync(path.join(dir, "99990101000000_broken"));
    writeFileSync(path.join(dir, "99990101000000_broken", "migration.sql"), `create table "half_done" (id int);\nselect * from "no_such_table";`);
    await expect(applyMigrations(url, { ...quiet, dir })).rejects.toThrow(/99990101000000_broken failed/);
    expect(await scalar<string | null>(url, `select to_regclass('public.half_done')::text`)).toBeNull();
    expect(await scalar<number>(url, `select count(*)::int from "_prisma_migrations" where migration_name like '9999%'`)).toBe(0);
    // the good migrations before it stay applied
    expect(await scalar<string | null>(url, `select to_regclass('public.municipality')::text`)).toBe("municipality");
  });
});
