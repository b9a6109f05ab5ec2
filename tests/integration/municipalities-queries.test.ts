// lib/municipalities/queries.ts against the demo database: filtering, sorting and paging happen in SQL and
// agree with plain SQL over the same data.
import { beforeAll, describe, expect, it } from "vitest";
import { parseMunicipalityFilters, type MunicipalityFilters } from "@/lib/municipalities/filters";
import { getMunicipalityFilterOptions, listGidsMunicipalities } from "@/lib/municipalities/queries";
import { useTestDatabase } from "./helpers/db";

const database = useTestDatabase("demo");

const sql = database.sql;

const filters = (over: Partial<MunicipalityFilters> = {}): MunicipalityFilters => ({
  search: "",
  provinceCode: null,
  ggdRegionCode: null,
  sort: "asc",
  page: 1,
  ...over,
});

let gidsNames: string[] = [];
beforeAll(async () => {
  gidsNames = (await sql<{ name: string }>("select name from municipality where is_gids order by name, code")).map((r) => r.name);
});

describe("listGidsMunicipalities", () => {
  it("returns only GIDS municipalities, 50 per page, sorted by name", async () => {
    expect(gidsNames.length).toBeGreaterThan(100);
    const page = await listGidsMunicipalities(filters());
    expect(page.total).toBe(gidsNames.length);
    expect(page.pageSize).toBe(50);
    expect(page.pageCount).toBe(Math.ceil(gidsNames.length / 50));
    expect(page.items.map((m) => m.name)).toEqual(gidsNames.slice(0, 50));
  });

  it("returns plain DTOs with exactly the listed fields", async () => {
    const [first] = (await listGidsMunicipalities(filters())).items;
    expect(Object.keys(first!).sort()).toEqual(
      ["code", "ggdRegionName", "name", "population", "populationDate", "provinceName", "sizeClass", "slug"].sort(),
    );
    expect(first!.populationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("pages through the list and clamps a page past the end to the last page", async () => {
    const second = await listGidsMunicipalities(filters({ page: 2 }));
    expect(second.page).toBe(2);
    expect(second.items.map((m) => m.name)).toEqual(gidsNames.slice(50, 100));
    const beyond = await listGidsMunicipalities(filters({ page: 999 }));
    expect(beyond.page).toBe(beyond.pageCount);
    expect(beyond.items.map((m) => m.name)).toEqual(gidsNames.slice((beyond.pageCount - 1) * 50));
  });

  it("sorts by name descending", async () => {
    const page = await listGidsMunicipalities(filters({ sort: "desc" }));
    const expected = (await sql<{ name: string }>("select name from municipality where is_gids order by name desc, code limit 50")).map(
      (r) => r.name,
    );
    expect(page.items.map((m) => m.name)).toEqual(expected);
  });

  it("filters by province and by GGD region", async () => {
    const [busiest] = await sql<{ province_code: string; ggd_region_code: string; n: number }>(
      `select province_code, ggd_region_code, count(*)::int n from municipality where is_gids
       group by 1, 2 order by n desc, 1, 2 limit 1`,
    );
    const byProvince = await listGidsMunicipalities(filters({ provinceCode: busiest!.province_code }));
    const [{ n: provinceCount }] = (await sql<{ n: number }>(
      "select count(*)::int n from municipality where is_gids and province_code = $1",
      [busiest!.province_code],
    )) as [{ n: number }];
    expect(byProvince.total).toBe(provinceCount);
    expect(new Set(byProvince.items.map((m) => m.provinceName)).size).toBe(1);

    const both = await listGidsMunicipalities(
      filters({ provinceCode: busiest!.province_code, ggdRegionCode: busiest!.ggd_region_code }),
    );
    expect(both.total).toBe(busiest!.n);
    expect(new Set(both.items.map((m) => m.ggdRegionName)).size).toBe(1);
  });

  it("searches names case-insensitively and treats LIKE wildcards literally", async () => {
    const fragment = gidsNames.find((n) => n.length >= 6)!.slice(1, 4).toUpperCase();
    const expected = gidsNames.filter((n) => n.toUpperCase().includes(fragment));
    const page = await listGidsMunicipalities(filters({ search: fragment.toLowerCase() }));
    expect(page.total).toBe(expected.length);
    expect(page.items.map((m) => m.name)).toEqual(expected.slice(0, 50));

    const apostrophe = gidsNames.filter((n) => n.includes("'s-"));
    expect((await listGidsMunicipalities(filters({ search: "'S-" }))).total).toBe(apostrophe.length);
    expect((await listGidsMunicipalities(filters({ search: "%" }))).total).toBe(0);
    expect((await listGidsMunicipalities(filters({ search: "_" }))).total).toBe(0);
    expect((await listGidsMunicipalities(filters({ search: "\\" }))).total).toBe(0);
  });

  it("returns an empty first page when nothing matches", async () => {
    const page = await listGidsMunicipalities(filters({ search: "qqqxxxzzz" }));
    expect(page).toMatchObject({ total: 0, items: [], page: 1, pageCount: 1 });
  });
});

describe("getMunicipalityFilterOptions", () => {
  it("offers only provinces and GGD regions that have GIDS municipalities, by name", async () => {
    const options = await getMunicipalityFilterOptions();
    const provinces = await sql<{ code: string; name: string }>(
      "select distinct p.code, p.name from province p join municipality m on m.province_code = p.code where m.is_gids order by p.name",
    );
    expect(options.provinces).toEqual(provinces);
    const ggd = await sql<{ code: string }>("select distinct ggd_region_code code from municipality where is_gids");
    expect(options.ggdRegions.map((g) => g.code).sort()).toEqual(ggd.map((g) => g.code).sort());
  });
});

describe("parseMunicipalityFilters", () => {
  it("reads the Dutch URL parameters", () => {
    expect(parseMunicipalityFilters({ zoek: " Assen ", provincie: "pv22", ggd: "GG3002", sorteer: "naam-za", pagina: "3" })).toEqual({
      search: "Assen",
      provinceCode: "PV22",
      ggdRegionCode: "GG3002",
      sort: "desc",
      page: 3,
    });
  });

  it("falls back to safe defaults for missing or hostile values", () => {
    expect(parseMunicipalityFilters({ provincie: "'; drop table x", pagina: "-2", sorteer: "x" })).toEqual(filters());
    expect(parseMunicipalityFilters({ pagina: "abc", zoek: ["a", "b"] })).toMatchObject({ page: 1, search: "a" });
    expect(parseMunicipalityFilters({ zoek: "x".repeat(500) }).search).toHaveLength(100);
  });
});
