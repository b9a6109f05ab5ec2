import pg from "pg";
import { describe, expect, it } from "vitest";
import { seedDatabase } from "@/prisma/seed/run";
import { createDatabase, dropDatabase, useTestDatabase as testDatabase } from "./helpers/db";

// Aliased: the React hooks lint rule mistakes a "use…" name for a hook.
const database = testDatabase("demo");

/** Row count and an md5 of the full content of every table (password hashes aside: their salt is random). */
async function snapshot(url: string, { withPasswords = true } = {}): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (
      await client.query<{ name: string }>(
        "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> '_prisma_migrations' order by 1",
      )
    ).rows.map((r) => r.name);
    const out: Record<string, string> = {};
    for (const t of tables) {
      const row = t === "app_user" && !withPasswords ? `(t.id, t.email, t.name, t.role, t.active, t.last_login_at, t.created_at, t.updated_at)` : "t";
      const { rows } = await client.query(`select count(*) as n, md5(coalesce(string_agg(${row}::text, ',' order by ${row}::text), '')) as sum from "${t}" t`);
      out[t] = `${rows[0].n}:${rows[0].sum}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

describe("seed idempotency and determinism", () => {
  it("changes nothing when run a second time", async () => {
    const before = await snapshot(database.url());
    expect(Number(before.initiative!.split(":")[0])).toBeGreaterThan(0);
    await seedDatabase(database.url(), { demo: true, log: () => {} });
    expect(await snapshot(database.url())).toEqual(before);
  });

  it("builds the same demo data on a reference-only database as in the demo template", async () => {
    const fresh = await createDatabase("reference");
    try {
      await seedDatabase(fresh.url, { demo: true, log: () => {} });
      await seedDatabase(fresh.url, { demo: false, log: () => {} });
      expect(await snapshot(fresh.url, { withPasswords: false })).toEqual(await snapshot(database.url(), { withPasswords: false }));
    } finally {
      await dropDatabase(fresh.name);
    }
  });
});
