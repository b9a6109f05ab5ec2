// Initiatives through the real server actions and queries (runAction, zod, transaction, audit) on the demo
// data: create with every field, Dutch validation keys, duplicate warning, optimistic concurrency, archive,
// filters, and ids that do not belong to the municipality of the URL.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { sameSiteHeaders, type RequestState } from "./auth-fixtures/next-mocks";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null, req: { headers: new Headers(), cookies: new Map() } as RequestState }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("next/headers", () => ({ headers: async () => h.req.headers }));

import { db } from "@/lib/db";
import { invalidated } from "../helpers/next-cache";
import { archiveInitiativeAction, createInitiativeAction, restoreInitiativeAction, updateInitiativeAction } from "@/lib/initiatives/actions";
import { parseInitiativeFilters } from "@/lib/initiatives/filters";
import { getInitiative, listInitiatives } from "@/lib/initiatives/queries";
import { form } from "./auth-fixtures/matrix";
import { HOME, loadCast, type Cast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

let cast: Cast;
beforeAll(async () => {
  cast = await loadCast();
});
beforeEach(() => {
  h.viewer = cast.viewers.csSame;
  h.req.headers = sameSiteHeaders();
});

const FULL = {
  code: HOME,
  title: "Beweegtuin Brandevoort",
  description: "Een beweegtuin bij de brede school, samen met bewoners ontworpen.",
  status: "RUNNING",
  startDate: "2026-03-01",
  endDate: "2027-12-31",
  "targetGroups[]": ["CHILDREN", "PARENTS"],
  neighbourhoods: "Brandevoort\nBinnenstad",
  "programmes[]": ["JOGG"],
  budget: "12.500",
  "fundingSources[]": ["GIDS", "MUNICIPAL_BUDGET"],
  residentsReached: "1.250",
  lowSesReached: "400",
  monitoringLevel: "ACTIVITIES",
  visibility: "GIDS_NETWORK",
  "tracks[]": ["PHYSICAL_ENVIRONMENT", "SOCIAL_ENVIRONMENT"],
  "pillars[]": ["1", "4"],
  "partnerType[]": ["SPORTS_CLUB", "HOUSING_CORPORATION"],
  "partnerName[]": ["JIBB+", "Woonbedrijf"],
};

async function create(values: Record<string, string | readonly string[]> = FULL) {
  const r = await createInitiativeAction(null, form(values));
  if (!r?.ok) throw new Error(JSON.stringify(r));
  return r.data!;
}

describe("createInitiativeAction", () => {
  it("stores every field, its tracks, pillars and partners, with an audit record", async () => {
    invalidated.length = 0;
    const { id, version } = await create();
    // The national programme figures and the peer comparisons count initiatives: both tags expire for
    // everybody, read-your-writes for the saver (updateTag); the workspace's pages refresh.
    expect(invalidated).toEqual(
      expect.arrayContaining([
        { kind: "updateTag", target: "national" },
        { kind: "updateTag", target: "peers" },
        { kind: "revalidatePath", target: `/gemeenten/${HOME}` },
      ]),
    );
    expect(version).toBe(1);
    const dto = await getInitiative(cast.viewers.csSame!, HOME, id);
    expect(dto).toMatchObject({
      title: "Beweegtuin Brandevoort",
      status: "RUNNING",
      startDate: "2026-03-01",
      endDate: "2027-12-31",
      targetGroups: ["CHILDREN", "PARENTS"],
      neighbourhoods: ["Brandevoort", "Binnenstad"],
      programmes: ["JOGG"],
      budgetCents: 1_250_000,
      fundingSources: ["GIDS", "MUNICIPAL_BUDGET"],
      residentsReached: 1250,
      lowSesReached: 400,
      monitoringLevel: "ACTIVITIES",
      visibility: "GIDS_NETWORK",
      tracks: ["PHYSICAL_ENVIRONMENT", "SOCIAL_ENVIRONMENT"],
      pillars: [1, 4],
      partners: [
        { type: "SPORTS_CLUB", name: "JIBB+" },
        { type: "HOUSING_CORPORATION", name: "Woonbedrijf" },
      ],
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "initiative.create", entityId: id } });
    expect(audit.actorId).toBe(cast.viewers.csSame!.id);
  });

  it("answers invalid input with catalog keys per field and stores nothing", async () => {
    const before = await db.initiative.count();
    const r = await createInitiativeAction(null, form({ code: HOME, title: "", status: "", visibility: "PRIVATE", startDate: "2026-05-01", endDate: "2026-01-01" }));
    expect(r).toMatchObject({
      ok: false,
      formError: "errors.invalid",
      fieldErrors: {
        title: ["workspace.validation.required"],
        status: ["workspace.validation.required"],
        endDate: ["workspace.validation.endBeforeStart"],
        tracks: ["workspace.validation.trackRequired"],
      },
    });
    expect(await db.initiative.count()).toBe(before);
  });

  it("warns about a likely duplicate (same title, any case) until the user confirms", async () => {
    await create({ ...FULL, title: "Gezonde Schoolpleinen" });
    const dup = await createInitiativeAction(null, form({ ...FULL, title: "  gezonde schoolpleinen " }));
    expect(dup).toMatchObject({ ok: false, formError: "initiatives.form.duplicateWarning", fieldErrors: { title: ["workspace.validation.duplicateTitle"] } });
    const confirmed = await createInitiativeAction(null, form({ ...FULL, title: "gezonde schoolpleinen", confirmDuplicate: "on" }));
    expect(confirmed?.ok).toBe(true);
  });

  it("refuses advisers (read only) and other municipalities' civil servants as not found", async () => {
    for (const persona of ["adviserAssigned", "csOther", "vws"] as const) {
      h.viewer = cast.viewers[persona];
      expect(await createInitiativeAction(null, form({ ...FULL, title: `Niet van ${persona}` }))).toMatchObject({ ok: false, formError: "errors.notFound" });
    }
    expect(await db.initiative.count({ where: { title: { startsWith: "Niet van" } } })).toBe(0);
  });
});

describe("updateInitiativeAction", () => {
  it("saves with the version it was loaded with and refuses the stale second save (conflict)", async () => {
    const { id } = await create({ ...FULL, title: "Samen koken in de wijk" });
    const first = await updateInitiativeAction(null, form({ ...FULL, title: "Samen koken in de wijk", id, version: 1, description: "Eerste sessie" }));
    expect(first).toMatchObject({ ok: true, data: { id, version: 2 } });
    const stale = await updateInitiativeAction(null, form({ ...FULL, title: "Samen koken in de wijk", id, version: 1, description: "Tweede sessie" }));
    expect(stale).toMatchObject({ ok: false, formError: "errors.conflict", conflict: true });
    const row = await db.initiative.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ description: "Eerste sessie", version: 2 });
    expect(await db.auditEvent.count({ where: { action: "initiative.update", entityId: id } })).toBe(1);
  });

  it("rewrites the child lists that changed and keeps the others", async () => {
    const { id } = await create({ ...FULL, title: "Buurtmoestuin" });
    const children = async () => {
      const r = await db.initiative.findUniqueOrThrow({ where: { id }, include: { tracks: true, pillars: true, partners: { orderBy: { sortOrder: "asc" } } } });
      return { tracks: r.tracks.map((t) => t.trackCode).sort(), pillars: r.pillars.map((p) => p.pillarNumber).sort(), partners: r.partners.map((p) => [p.type, p.name]) };
    };
    // Only a text changes: the lists stay as they were.
    expect(await updateInitiativeAction(null, form({ ...FULL, title: "Buurtmoestuin", id, version: 1, description: "Nu ook op zaterdag" }))).toMatchObject({ ok: true });
    expect(await children()).toEqual({ tracks: ["PHYSICAL_ENVIRONMENT", "SOCIAL_ENVIRONMENT"], pillars: [1, 4], partners: [["SPORTS_CLUB", "JIBB+"], ["HOUSING_CORPORATION", "Woonbedrijf"]] });
    // A track added and the partners' order swapped; the pillars untouched.
    const changed = { ...FULL, title: "Buurtmoestuin", id, version: 2, "tracks[]": ["PHYSICAL_ENVIRONMENT", "SOCIAL_ENVIRONMENT", "PARTICIPATION"], "partnerType[]": ["HOUSING_CORPORATION", "SPORTS_CLUB"], "partnerName[]": ["Woonbedrijf", "JIBB+"] };
    expect(await updateInitiativeAction(null, form(changed))).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await children()).toEqual({ tracks: ["PARTICIPATION", "PHYSICAL_ENVIRONMENT", "SOCIAL_ENVIRONMENT"], pillars: [1, 4], partners: [["HOUSING_CORPORATION", "Woonbedrijf"], ["SPORTS_CLUB", "JIBB+"]] });
    // A pillar removed.
    expect(await updateInitiativeAction(null, form({ ...changed, version: 3, "pillars[]": ["4"] }))).toMatchObject({ ok: true });
    expect((await children()).pillars).toEqual([4]);
  });

  it("is a 404 for an initiative of another municipality, whatever code the form names", async () => {
    const foreign = await db.initiative.findFirstOrThrow({ where: { municipalityCode: cast.otherCode }, select: { id: true, version: true, title: true } });
    const viaHome = await updateInitiativeAction(null, form({ ...FULL, id: foreign.id, version: foreign.version }));
    expect(viaHome).toMatchObject({ ok: false, formError: "errors.notFound" });
    const viaOther = await updateInitiativeAction(null, form({ ...FULL, code: cast.otherCode, id: foreign.id, version: foreign.version }));
    expect(viaOther).toMatchObject({ ok: false, formError: "errors.notFound" });
    expect((await db.initiative.findUniqueOrThrow({ where: { id: foreign.id } })).title).toBe(foreign.title);
    expect(await getInitiative(cast.viewers.csSame!, HOME, foreign.id)).toBeNull();
  });
});

describe("archive and restore", () => {
  it("takes the initiative out of the active list and back, each with the version check", async () => {
    const { id } = await create({ ...FULL, title: "Buurtsportcoach Noord" });
    expect(await archiveInitiativeAction(null, form({ code: HOME, id, version: 0 }))).toMatchObject({ ok: false, conflict: true });
    expect(await archiveInitiativeAction(null, form({ code: HOME, id, version: 1 }))).toMatchObject({ ok: true, data: { version: 2 } });
    const active = await listInitiatives(cast.viewers.csSame!, HOME, parseInitiativeFilters({ zoek: "Buurtsportcoach Noord" }));
    const archived = await listInitiatives(cast.viewers.csSame!, HOME, parseInitiativeFilters({ zoek: "Buurtsportcoach Noord", toon: "archief" }));
    expect(active.total).toBe(0);
    expect(archived.items.map((i) => i.id)).toEqual([id]);
    expect(await restoreInitiativeAction(null, form({ code: HOME, id, version: 2 }))).toMatchObject({ ok: true, data: { version: 3 } });
    expect((await db.initiative.findUniqueOrThrow({ where: { id } })).archivedAt).toBeNull();
  });
});

describe("listInitiatives", () => {
  it("filters in SQL by track, pillar, status, target group and year, and pages", async () => {
    const v = cast.viewers.csSame!;
    const all = await db.initiative.findMany({ where: { municipalityCode: HOME, archivedAt: null }, include: { tracks: true, pillars: true } });
    const count = async (sp: Record<string, string>) => (await listInitiatives(v, HOME, parseInitiativeFilters(sp))).total;
    expect(await count({})).toBe(all.length);
    expect(await count({ spoor: "PARTICIPATION" })).toBe(all.filter((i) => i.tracks.some((t) => t.trackCode === "PARTICIPATION")).length);
    expect(await count({ pijler: "1" })).toBe(all.filter((i) => i.pillars.some((p) => p.pillarNumber === 1)).length);
    expect(await count({ status: "ACTIVE" })).toBe(all.filter((i) => i.status === "RUNNING" || i.status === "STRUCTURAL").length);
    expect(await count({ doelgroep: "CHILDREN" })).toBe(all.filter((i) => i.targetGroups.includes("CHILDREN")).length);
    const activeIn2026 = all.filter((i) => i.startDate && i.startDate <= new Date("2026-12-31") && (!i.endDate || i.endDate >= new Date("2026-01-01")));
    expect(await count({ jaar: "2026" })).toBe(activeIn2026.length);
    const page = await listInitiatives(v, HOME, parseInitiativeFilters({ pagina: "2" }), 2);
    expect(page).toMatchObject({ page: 2, pageSize: 2, pageCount: Math.ceil(all.length / 2) });
    expect(page.items).toHaveLength(2);
  });

  it("shows nothing to personas outside the workspace", async () => {
    for (const persona of ["csOther", "adviserOther", "vws"] as const) {
      expect((await listInitiatives(cast.viewers[persona]!, HOME, parseInitiativeFilters({}))).total).toBe(0);
    }
  });
});
