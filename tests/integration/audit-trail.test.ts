// The admin's view of the audit trail: filters by actor, entity, action and date; admins only.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/actions/state";
import { listAuditEvents, listAuditFacets } from "@/lib/audit/queries";
import { AuditFiltersSchema } from "@/lib/audit/schemas";
import { loadCast, PERSONAS, type Cast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

let cast: Cast;
beforeAll(async () => {
  cast = await loadCast();
  const vws = cast.viewers.vws!;
  await db.auditEvent.createMany({
    data: [
      { actorId: vws.id, actorRole: "VWS", action: "trail.one", entity: "trail", entityId: "a", at: new Date("2026-03-10T10:00:00Z"), after: { v: 1 } },
      { actorId: vws.id, actorRole: "VWS", action: "trail.two", entity: "trail", entityId: "b", at: new Date("2026-03-11T23:30:00Z"), before: { v: 1 }, after: { v: 2 } },
      { actorId: null, action: "trail.one", entity: "trail", entityId: "c", at: new Date("2026-03-12T08:00:00Z") },
    ],
  });
});

const filters = (o: Record<string, string>) => AuditFiltersSchema.parse(o);

describe("audit trail page data", () => {
  it("filters by entity, action, actor and Dutch calendar dates", async () => {
    const admin = cast.viewers.admin;
    expect((await listAuditEvents(admin, filters({ entity: "trail" }))).total).toBe(3);
    expect((await listAuditEvents(admin, filters({ entity: "trail", action: "trail.one" }))).total).toBe(2);
    expect((await listAuditEvents(admin, filters({ entity: "trail", actor: "VWS@GEZONDIN" }))).total).toBe(2);
    // 23:30 UTC on 11 March is already 12 March in the Netherlands (UTC+1).
    const day12 = await listAuditEvents(admin, filters({ entity: "trail", from: "2026-03-12", to: "2026-03-12" }));
    expect(day12.items.map((e) => e.entityId).sort()).toEqual(["b", "c"]);
    const newest = (await listAuditEvents(admin, filters({ entity: "trail" }))).items[0]!;
    expect(newest).toMatchObject({ entityId: "c", actor: null });
    const withChange = (await listAuditEvents(admin, filters({ action: "trail.two" }))).items[0]!;
    expect(withChange).toMatchObject({ before: { v: 1 }, after: { v: 2 }, actorRole: "VWS" });
    expect((await listAuditFacets(admin)).entities).toContain("trail");
  });

  it("is for admins only", async () => {
    for (const p of PERSONAS.filter((p) => p !== "admin")) {
      await expect(listAuditEvents(cast.viewers[p], filters({}))).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
