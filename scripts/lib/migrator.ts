// Applies the committed SQL migrations in prisma/migrations (docs/decisions/002-migrations.md).
// Bookkeeping uses Prisma's own `_prisma_migrations` table and checksum (sha256 of the file), so an
// operator with a working Prisma CLI can take over with `prisma migrate deploy` on the same database.
// Each migration runs in its own transaction; an advisory lock keeps concurrent runs from colliding.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
const LOCK_KEY = 72707369; // arbitrary, constant: "GIDS" on a phone keypad

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export async function applyMigrations(
  connectionString: string,
  { log = (m: string) => console.log(m), dir = MIGRATIONS_DIR } = {},
): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("select pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(`create table if not exists "_prisma_migrations" (
      "id" varchar(36) primary key, "checksum" varchar(64) not null, "finished_at" timestamptz,
      "migration_name" varchar(255) not null, "logs" text, "rolled_back_at" timestamptz,
      "started_at" timestamptz not null default now(), "applied_steps_count" integer not null default 0)`);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `select migration_name, checksum, finished_at from "_prisma_migrations" where rolled_back_at is null`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r]));
    for (const m of readMigrations(dir)) {
      const prior = done.get(m.name);
      if (prior) {
        if (!prior.finished_at) throw new Error(`Migration ${m.name} started earlier but never finished; inspect the database.`);
        if (prior.checksum !== m.checksum) throw new Error(`Migration ${m.name} was changed after it was applied (checksum differs). Add a new migration instead.`);
        continue;
      }
      log(`applying ${m.name}`);
      await client.query("begin");
      try {
        await client.query(m.sql);
        await client.query(
          `insert into "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count, started_at)
           values ($1, $2, now(), $3, 1, now())`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("commit");
        applied.push(m.name);
      } catch (e) {
        await client.query("rollback");
        throw new Error(`Migration ${m.name} failed: ${(e as Error).message}`);
      }
    }
    return applied;
  } finally {
    await client.query("select pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
