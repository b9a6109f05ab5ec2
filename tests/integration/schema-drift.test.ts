// The migrated database must match prisma/schema.prisma: tables, columns (type, nullability), primary
// keys, foreign keys (with their delete rule), unique and plain indexes, enums. A failing diff names
// exactly what differs; fix the migration (add a new one) or the schema.
import { describe, expect, it } from "vitest";
import pg from "pg";
import { useTestDatabase } from "./helpers/db";
import { factsFromSchema } from "./helpers/schema-model";
import { factsFromDatabase, EXTRA_INDEXES } from "./helpers/db-facts";
import { applyMigrations } from "../../scripts/lib/migrator";
import { jobs, stopJobs } from "@/lib/jobs/boss";
import { JOBS_SCHEMA } from "@/lib/jobs/queues";

const database = useTestDatabase("migrated");

describe("schema drift", () => {
  it("the migrated database matches schema.prisma", async () => {
    const [expected, actual] = await Promise.all([factsFromSchema(), factsFromDatabase(database.url())]);
    expect(actual.tables).toEqual(expected.tables);
    expect(actual.enums).toEqual(expected.enums);
    expect(actual.columns).toEqual(expected.columns);
    expect(actual.primaryKeys).toEqual(expected.primaryKeys);
    expect(actual.foreignKeys).toEqual(expected.foreignKeys);
    expect(actual.indexes).toEqual(expected.indexes);
  });

  it("is not disturbed by pg-boss's own schema (pgboss), which pg-boss installs and migrates on start", async () => {
    await jobs(); // installs pgboss.* and creates the queues, as a server process does on start
    await stopJobs();
    const c = new pg.Client({ connectionString: database.url() });
    await c.connect();
    const { rows } = await c.query<{ n: number }>(`select count(*)::int n from pg_tables where schemaname = $1`, [JOBS_SCHEMA]);
    const queues = await c.query<{ name: string }>(`select name from ${JOBS_SCHEMA}.queue where name not like '\_\_pgboss%' order by name`);
    await c.end();
    expect(rows[0]!.n).toBeGreaterThan(0);
    expect(queues.rows.map((q) => q.name)).toEqual(["import-commit", "import-validate", "mail-deliver", "notifications-follow-ups"]);
    expect(await applyMigrations(database.url(), { log: () => {} })).toEqual([]); // the migrator has nothing to do
    const [expected, actual] = await Promise.all([factsFromSchema(), factsFromDatabase(database.url())]);
    expect(actual).toEqual(expected); // the comparison reads `public` only
  });

  it("detects a difference (the comparison is not vacuous)", async () => {
    const c = new pg.Client({ connectionString: database.url() });
    await c.connect();
    await c.query(`alter table "initiative" alter column "title" drop not null`);
    await c.query(`create index "initiative_title_idx" on "initiative"("title")`);
    await c.end();
    const [expected, actual] = await Promise.all([factsFromSchema(), factsFromDatabase(database.url())]);
    expect(actual.columns).not.toEqual(expected.columns);
    expect(actual.columns).toContain("initiative.title text");
    expect(actual.indexes).toContain("index initiative(title) initiative_title_idx");
  });

  it("the intentional extra indexes exist", async () => {
    const c = new pg.Client({ connectionString: database.url() });
    await c.connect();
    const { rows } = await c.query<{ indexname: string }>(`select indexname from pg_indexes where schemaname='public'`);
    await c.end();
    for (const name of EXTRA_INDEXES) expect(rows.map((r) => r.indexname)).toContain(name);
  });
});
