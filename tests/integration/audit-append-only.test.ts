// The audit trail is append-only in the database itself (trigger of the first migration): neither Prisma
// nor raw SQL can update, delete or truncate it, whatever the application does.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { useTestDatabase } from "./helpers/db";

const database = useTestDatabase("demo");

type Snapshot = { count: number; checksum: string };
async function snapshot(): Promise<Snapshot> {
  const [row] = await db.$queryRaw<{ count: number; checksum: string }[]>`
    SELECT count(*)::int AS count, coalesce(md5(string_agg(a::text, '|' ORDER BY a.id)), '') AS checksum FROM audit_event a`;
  return row!;
}

let before: Snapshot;
let id: bigint;
beforeAll(async () => {
  const e = await db.auditEvent.create({ data: { action: "test.create", entity: "test", entityId: "1", after: { a: 1 } } });
  id = e.id;
  before = await snapshot();
});

describe("audit_event is append-only", () => {
  it("has rows to protect", () => {
    expect(before.count).toBeGreaterThan(0);
  });

  it("refuses updates through Prisma", async () => {
    await expect(db.auditEvent.update({ where: { id }, data: { action: "test.tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.updateMany({ data: { origin: "x" } })).rejects.toThrow(/append-only/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses deletes through Prisma", async () => {
    await expect(db.auditEvent.delete({ where: { id } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses UPDATE, DELETE and TRUNCATE in raw SQL, also inside a transaction", async () => {
    await expect(db.$executeRawUnsafe(`UPDATE audit_event SET action = 'x' WHERE id = ${id}`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe("DELETE FROM audit_event")).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe("TRUNCATE audit_event")).rejects.toThrow(/append-only/);
    await expect(db.$transaction((tx) => tx.$executeRawUnsafe("DELETE FROM audit_event"))).rejects.toThrow(/append-only/);
    expect(await snapshot()).toEqual(before);
  });

  it("holds for a plain connection too, not only for Prisma", async () => {
    const c = new pg.Client({ connectionString: database.url() });
    await c.connect();
    try {
      await expect(c.query("UPDATE audit_event SET after = NULL")).rejects.toThrow(/append-only/);
      await expect(c.query("DELETE FROM audit_event WHERE id = $1", [String(id)])).rejects.toThrow(/append-only/);
      await expect(c.query("TRUNCATE audit_event CASCADE")).rejects.toThrow(/append-only/);
    } finally {
      await c.end();
    }
    expect(await snapshot()).toEqual(before);
  });

  it("still accepts new events", async () => {
    await db.auditEvent.create({ data: { action: "test.create", entity: "test", entityId: "2" } });
    expect((await snapshot()).count).toBe(before.count + 1);
  });
});
