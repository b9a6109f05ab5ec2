// lib/initiatives/network-queries.ts on the demo data in real PostgreSQL: what each persona sees of other
// municipalities' initiatives (private never, network to GIDS staff, public to everyone, archived to nobody),
// the filters and paging against plain SQL, the DTO's fields, and a fixed number of statements per read.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// lib/db logs one "[db-query]" line per statement when DB_QUERY_LOG=1 (the benchmark's counter); the client
// is created on first use, so setting it here, before any query, makes this file's reads countable.
process.env.DB_QUERY_LOG = "1";

import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { parseNetworkFilters, type NetworkFilters } from "@/lib/initiatives/network-filters";
import { getNetworkInitiative, listNetworkInitiatives } from "@/lib/initiatives/network-queries";
import { HOME, PERSONAS, loadCast, type Cast, type Persona } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

const database = useTestDatabase("demo");

const sql = database.sql;

/** A `select count(*)::int as n …` as a number. */
const countOf = async (text: string, params: unknown[] = []) => (await sql<{ n: number }>(text, params))[0]!.n;

let statements = 0;
const write = process.stdout.write.bind(process.stdout);
const spy = vi.spyOn(process.stdout, "write").mockImplementation(((chunk: string | Uint8Array, ...rest: never[]) => {
  if (String(chunk).startsWith("[db-query]")) {
    statements++;
    return true;
  }
  return write(chunk, ...rest);
}) as typeof process.stdout.write);
afterAll(() => spy.mockRestore());

/** The number of SQL statements a read issues. */
async function counted<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const before = statements;
  const result = await run();
  return { result, statements: statements - before };
}

const MARK = "Netwerktoets";
const filters = (over: Partial<NetworkFilters> = {}): NetworkFilters => ({ ...parseNetworkFilters({}), ...over });

let cast: Cast;
const viewerOf = (p: Persona): Viewer | null => cast.viewers[p];
const ids: Record<string, string> = {};

async function make(key: string, code: string, visibility: Visibility, extra: { archived?: boolean; tracks?: ("PARTICIPATION" | "PREVENTION_CARE")[]; pillars?: number[] } = {}) {
  const i = await db.initiative.create({
    data: {
      municipalityCode: code,
      title: `${MARK} ${key}`,
      description: `Toets ${key} (${visibility})`,
      status: "RUNNING",
      visibility,
      targetGroups: ["CHILDREN"],
      programmes: ["JOGG"],
      archivedAt: extra.archived ? new Date() : null,
      createdById: cast.viewers.csSame!.id,
      updatedById: cast.viewers.csSame!.id,
      tracks: { create: (extra.tracks ?? ["PARTICIPATION"]).map((trackCode) => ({ trackCode })) },
      pillars: { create: (extra.pillars ?? [1]).map((pillarNumber) => ({ pillarNumber })) },
      partners: { create: [{ type: "GGD", name: "GGD Toets", sortOrder: 0 }, { type: "SCHOOL", name: "De Toetsschool", sortOrder: 1 }] },
    },
    select: { id: true },
  });
  ids[key] = i.id;
}

beforeAll(async () => {
  cast = await loadCast();
  // Helmond: the civil servant's own municipality and the assigned adviser's; "another municipality" for
  // csOther, adviserOther (not assigned to Helmond), VWS and anonymous visitors.
  await make("helmond-privé", HOME, "PRIVATE", { tracks: ["PREVENTION_CARE"], pillars: [2] });
  await make("helmond-netwerk", HOME, "GIDS_NETWORK", { tracks: ["PARTICIPATION", "PREVENTION_CARE"], pillars: [1, 2] });
  await make("helmond-openbaar", HOME, "PUBLIC");
  await make("helmond-gearchiveerd", HOME, "PUBLIC", { archived: true });
  await make("ander-privé", cast.otherCode, "PRIVATE");
  await make("ander-openbaar", cast.otherCode, "PUBLIC", { tracks: ["PREVENTION_CARE"], pillars: [3] });
});

/** The marked initiatives a persona sees in the list. */
async function seenInList(p: Persona): Promise<string[]> {
  const page = await listNetworkInitiatives(viewerOf(p), filters({ search: MARK }));
  return page.items.map((i) => Object.entries(ids).find(([, id]) => id === i.id)?.[0] ?? "?").sort();
}

/** The marked initiatives a persona can open. */
async function openable(p: Persona): Promise<string[]> {
  const out: string[] = [];
  for (const [key, id] of Object.entries(ids)) if (await getNetworkInitiative(viewerOf(p), id)) out.push(key);
  return out.sort();
}

describe("scope per persona", () => {
  const EXPECTED: Record<Persona, string[]> = {
    anonymous: ["ander-openbaar", "helmond-openbaar"],
    vws: ["ander-openbaar", "helmond-openbaar"],
    csSame: ["ander-openbaar", "helmond-netwerk", "helmond-openbaar", "helmond-privé"],
    csOther: ["ander-openbaar", "ander-privé", "helmond-netwerk", "helmond-openbaar"],
    adviserAssigned: ["ander-openbaar", "helmond-netwerk", "helmond-openbaar", "helmond-privé"],
    adviserOther: ["ander-openbaar", "helmond-netwerk", "helmond-openbaar"],
    admin: ["ander-openbaar", "ander-privé", "helmond-netwerk", "helmond-openbaar", "helmond-privé"],
  };

  it.each(PERSONAS)("%s lists and opens exactly what it may see", async (p) => {
    let expected = EXPECTED[p];
    if (p === "adviserOther") {
      // Not assigned to Helmond; in the demo data it advises the other civil servant's municipality, so it
      // sees that municipality's private initiative (an assigned municipality), and nothing private of Helmond.
      const assignedTo = async (code: string) => db.adviserAssignment.count({ where: { adviserId: viewerOf(p)!.id, validTo: null, municipalityCode: code } });
      expect(await assignedTo(HOME)).toBe(0);
      if (await assignedTo(cast.otherCode)) expected = [...expected, "ander-privé"].sort();
    }
    expect(await seenInList(p)).toEqual(expected);
    expect(await openable(p)).toEqual(expected);
  });

  it("never shows another municipality's private initiative to a civil servant, an unassigned adviser or VWS", async () => {
    for (const p of ["csOther", "adviserOther", "vws", "anonymous"] as const) {
      expect(await getNetworkInitiative(viewerOf(p), ids["helmond-privé"]!), p).toBeNull();
      const all = await listNetworkInitiatives(viewerOf(p), filters({ search: "helmond-privé" }));
      expect(all.total, p).toBe(0);
    }
  });

  it("never shows archived initiatives, not even to the admin", async () => {
    for (const p of PERSONAS) expect(await getNetworkInitiative(viewerOf(p), ids["helmond-gearchiveerd"]!), p).toBeNull();
    const admin = await listNetworkInitiatives(viewerOf("admin"), filters());
    const n = await countOf("select count(*)::int as n from initiative where archived_at is null");
    expect(admin.total).toBe(n);
  });

  it("answers malformed and unknown ids with null", async () => {
    expect(await getNetworkInitiative(viewerOf("admin"), "not-a-uuid")).toBeNull();
    expect(await getNetworkInitiative(viewerOf("admin"), "00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("agrees with plain SQL over all demo data for each kind of viewer", async () => {
    const count = (where: string, params: unknown[] = []) => countOf(`select count(*)::int as n from initiative i where i.archived_at is null and (${where})`, params);
    const network = "i.visibility in ('GIDS_NETWORK', 'PUBLIC')";
    const expected: Record<Persona, number> = {
      anonymous: await count("i.visibility = 'PUBLIC'"),
      vws: await count("i.visibility = 'PUBLIC'"),
      csSame: await count(`${network} or i.municipality_code = $1`, [HOME]),
      csOther: await count(`${network} or i.municipality_code = $1`, [cast.otherCode]),
      adviserAssigned: await count(`${network} or i.municipality_code in (select municipality_code from adviser_assignment where adviser_id = $1 and valid_to is null)`, [viewerOf("adviserAssigned")!.id]),
      adviserOther: await count(`${network} or i.municipality_code in (select municipality_code from adviser_assignment where adviser_id = $1 and valid_to is null)`, [viewerOf("adviserOther")!.id]),
      admin: await count("true"),
    };
    expect(expected.anonymous).toBeGreaterThan(0);
    expect(expected.csOther).toBeGreaterThan(expected.anonymous);
    for (const p of PERSONAS) expect((await listNetworkInitiatives(viewerOf(p), filters())).total, p).toBe(expected[p]);
  });
});

describe("what leaves the server", () => {
  it("has only the shared fields: no people, no money", async () => {
    const page = await listNetworkInitiatives(viewerOf("csOther"), filters({ search: "helmond-netwerk" }));
    const item = page.items[0]!;
    expect(Object.keys(item).sort()).toEqual(["description", "id", "municipality", "partners", "pillars", "programmes", "status", "targetGroups", "title", "tracks", "visibility"]);
    expect(item).toMatchObject({
      title: `${MARK} helmond-netwerk`,
      municipality: { code: HOME, name: "Helmond", provinceName: "Noord-Brabant", canOpen: false },
      tracks: ["PARTICIPATION", "PREVENTION_CARE"],
      pillars: [1, 2],
      targetGroups: ["CHILDREN"],
      programmes: ["JOGG"],
      partners: [{ type: "GGD", name: "GGD Toets" }, { type: "SCHOOL", name: "De Toetsschool" }],
      visibility: "GIDS_NETWORK",
    });
    const detail = await getNetworkInitiative(viewerOf("csOther"), ids["helmond-netwerk"]!);
    expect(Object.keys(detail!).sort()).toEqual([...Object.keys(item), "endDate", "startDate"].sort());
    const text = JSON.stringify([page, detail]);
    for (const secret of [cast.viewers.csSame!.id, cast.viewers.csSame!.email, cast.viewers.csSame!.name]) expect(text).not.toContain(secret);
  });

  it("shortens long descriptions in the list and keeps them whole on the detail page", async () => {
    const long = `${"Bewoners bewegen samen in het park. ".repeat(20)}Einde.`;
    await db.initiative.update({ where: { id: ids["helmond-openbaar"] }, data: { description: long } });
    const [item] = (await listNetworkInitiatives(null, filters({ search: "helmond-openbaar" }))).items;
    expect(item!.description.length).toBeLessThanOrEqual(220);
    expect(item!.description.endsWith("…")).toBe(true);
    expect((await getNetworkInitiative(null, ids["helmond-openbaar"]!))!.description).toBe(long);
  });

  it("links the municipality only for viewers who may open its workspace", async () => {
    const canOpen = async (p: Persona) => (await getNetworkInitiative(viewerOf(p), ids["helmond-openbaar"]!))!.municipality.canOpen;
    const open = [];
    for (const p of PERSONAS) if (await canOpen(p)) open.push(p);
    expect(open).toEqual(["csSame", "adviserAssigned", "admin"]);
  });
});

describe("filters and paging", () => {
  it("filters by track and pillar", async () => {
    const as = (p: Persona, f: Partial<NetworkFilters>) => listNetworkInitiatives(viewerOf(p), filters({ search: MARK, ...f }));
    expect((await as("csSame", { track: "PREVENTION_CARE" })).items.map((i) => i.title).sort()).toEqual([`${MARK} ander-openbaar`, `${MARK} helmond-netwerk`, `${MARK} helmond-privé`]);
    expect((await as("csOther", { track: "PREVENTION_CARE" })).total).toBe(2);
    expect((await as("admin", { pillar: 2 })).total).toBe(2);
    expect((await as("anonymous", { pillar: 3 })).items.map((i) => i.title)).toEqual([`${MARK} ander-openbaar`]);
  });

  it("agrees with plain SQL on every filter (search, track, pillar, province, size class)", async () => {
    const [home] = await sql<{ province_code: string; size_class: number }>("select province_code, size_class from municipality where code = $1", [HOME]);
    const base = "from initiative i join municipality m on m.code = i.municipality_code where i.archived_at is null and i.visibility in ('GIDS_NETWORK', 'PUBLIC')";
    const cases: [Partial<NetworkFilters>, string, unknown[]][] = [
      [{ track: "PARTICIPATION" }, "and exists (select 1 from initiative_track t where t.initiative_id = i.id and t.track_code = 'PARTICIPATION')", []],
      [{ pillar: 4 }, "and exists (select 1 from initiative_pillar p where p.initiative_id = i.id and p.pillar_number = 4)", []],
      [{ provinceCode: home!.province_code }, "and m.province_code = $1", [home!.province_code]],
      [{ sizeClass: home!.size_class }, "and m.size_class = $1", [home!.size_class]],
      [{ search: "BEWEEG" }, "and (i.title ilike '%beweeg%' or i.description ilike '%beweeg%')", []],
      [{ track: "BEHAVIOUR_SKILLS", provinceCode: home!.province_code }, "and m.province_code = $1 and exists (select 1 from initiative_track t where t.initiative_id = i.id and t.track_code = 'BEHAVIOUR_SKILLS')", [home!.province_code]],
    ];
    // An adviser without any assignment sees exactly what is network-visible: the SQL above, nothing more.
    const unassigned = await db.user.create({ data: { email: "netwerk-adviseur@test.example", name: "Netwerk Adviseur", role: "ADVISER" }, select: { id: true } });
    const adviser: Viewer = { id: unassigned.id, role: "ADVISER", name: "Netwerk Adviseur", email: "netwerk-adviseur@test.example", municipalityCode: null, via: "session" };
    for (const [f, where, params] of cases) {
      const n = await countOf(`select count(*)::int as n ${base} ${where}`, params);
      expect(n, JSON.stringify(f)).toBeGreaterThan(0);
      const page = await listNetworkInitiatives(adviser, filters(f));
      expect(page.total, JSON.stringify(f)).toBe(n);
      if (f.provinceCode) for (const i of page.items) expect(i.municipality.provinceName).toBe("Noord-Brabant");
    }
    // LIKE wildcards in the search match themselves.
    expect((await listNetworkInitiatives(adviser, filters({ search: "%" }))).total).toBe(0);
  });

  it("pages 20 at a time, in a stable order, and shows the last page for a page past the end", async () => {
    const n = await countOf("select count(*)::int as n from initiative where archived_at is null and visibility = 'PUBLIC'");
    const first = await listNetworkInitiatives(null, filters());
    expect(first.pageSize).toBe(20);
    expect(first.total).toBe(n);
    expect(first.pageCount).toBe(Math.ceil(n / 20));
    expect(first.items).toHaveLength(20);
    const seen = new Set<string>();
    for (let p = 1; p <= first.pageCount; p++) {
      const page = await listNetworkInitiatives(null, filters({ page: p }));
      expect(page.page).toBe(p);
      expect(page.items.length).toBe(p < first.pageCount ? 20 : n - 20 * (first.pageCount - 1));
      for (const i of page.items) seen.add(i.id);
    }
    expect(seen.size).toBe(n);
    const past = await listNetworkInitiatives(null, filters({ page: first.pageCount + 5 }));
    expect(past.page).toBe(first.pageCount);
    const empty = await listNetworkInitiatives(null, filters({ search: "qqqxxxzzz", page: 3 }));
    expect(empty).toMatchObject({ items: [], total: 0, page: 1, pageCount: 1 });
  });
});

describe("query budget", () => {
  it("issues the same few statements whatever the page size or the data", async () => {
    for (const p of PERSONAS) {
      const small = await counted(() => listNetworkInitiatives(viewerOf(p), filters(), 2));
      const large = await counted(() => listNetworkInitiatives(viewerOf(p), filters(), 50));
      expect(large.result.items.length, p).toBeGreaterThan(small.result.items.length);
      expect(large.statements, p).toBe(small.statements);
      expect(large.statements, p).toBeGreaterThanOrEqual(2); // count + page: the counter works
      expect(large.statements, p).toBeLessThanOrEqual(3);
      const detail = await counted(() => getNetworkInitiative(viewerOf(p), ids["helmond-openbaar"]!));
      expect(detail.result, p).not.toBeNull();
      expect(detail.statements, p).toBeGreaterThanOrEqual(1);
      expect(detail.statements, p).toBeLessThanOrEqual(2);
    }
  });
});
