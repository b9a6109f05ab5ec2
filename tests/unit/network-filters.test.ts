import { describe, expect, it } from "vitest";
import { NETWORK_SEARCH_MAX, hasActiveNetworkFilters, networkHref, parseNetworkFilters, type NetworkFilters } from "@/lib/initiatives/network-filters";

const DEFAULTS: NetworkFilters = { search: "", track: null, pillar: null, provinceCode: null, sizeClass: null, page: 1 };

describe("parseNetworkFilters", () => {
  it("gives the defaults for an empty URL", () => {
    expect(parseNetworkFilters({})).toEqual(DEFAULTS);
    expect(hasActiveNetworkFilters(parseNetworkFilters({}))).toBe(false);
  });

  it("reads every filter from its Dutch parameter", () => {
    const f = parseNetworkFilters({ zoek: "  beweegtuin ", spoor: "PARTICIPATION", pijler: "3", provincie: "pv30", grootte: "5", pagina: "4" });
    expect(f).toEqual({ search: "beweegtuin", track: "PARTICIPATION", pillar: 3, provinceCode: "PV30", sizeClass: 5, page: 4 });
    expect(hasActiveNetworkFilters(f)).toBe(true);
  });

  it("ignores unknown or malformed values instead of failing", () => {
    const f = parseNetworkFilters({ spoor: "SPORTS", pijler: "9", provincie: "GM0794", grootte: "0", pagina: "-2" });
    expect(f).toEqual(DEFAULTS);
    expect(parseNetworkFilters({ pijler: "2.0", grootte: "1e0", pagina: "0x3" })).toEqual(DEFAULTS);
    expect(parseNetworkFilters({ spoor: "participation", provincie: "PV3", pagina: "abc" })).toEqual(DEFAULTS);
    expect(parseNetworkFilters({ provincie: "PV30; drop table" }).provinceCode).toBeNull();
  });

  it("takes the first of repeated parameters", () => {
    expect(parseNetworkFilters({ spoor: ["BEHAVIOUR_SKILLS", "PARTICIPATION"], pagina: ["2", "7"] })).toMatchObject({ track: "BEHAVIOUR_SKILLS", page: 2 });
  });

  it("caps the search text", () => {
    expect(parseNetworkFilters({ zoek: "x".repeat(500) }).search).toHaveLength(NETWORK_SEARCH_MAX);
  });

  it("does not count the page as a filter", () => {
    expect(hasActiveNetworkFilters({ ...DEFAULTS, page: 3 })).toBe(false);
    expect(hasActiveNetworkFilters({ ...DEFAULTS, sizeClass: 8 })).toBe(true);
  });
});

describe("networkHref", () => {
  it("leaves defaults and page 1 out", () => {
    expect(networkHref()).toBe("/initiatieven");
    expect(networkHref({ ...DEFAULTS, page: 1 })).toBe("/initiatieven");
  });

  it("round-trips through the parser", () => {
    const f: NetworkFilters = { search: "jeugd & sport", track: "PREVENTION_CARE", pillar: 8, provinceCode: "PV27", sizeClass: 2, page: 3 };
    const href = networkHref(f);
    expect(href).toBe("/initiatieven?zoek=jeugd+%26+sport&spoor=PREVENTION_CARE&pijler=8&provincie=PV27&grootte=2&pagina=3");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseNetworkFilters(params)).toEqual(f);
  });
});
