import { describe, expect, it } from "vitest";
import { z } from "zod";
import { initiativesHref, parseInitiativeFilters } from "@/lib/initiatives/filters";
import { centsToInput, parseEuroCents } from "@/lib/initiatives/money";
import { CreateInitiativeSchema, UpdateInitiativeSchema, splitNeighbourhoods } from "@/lib/initiatives/schemas";

describe("parseEuroCents", () => {
  it.each([
    ["12500", 1_250_000],
    ["12.500", 1_250_000],
    ["1.250.000", 125_000_000],
    ["1250,50", 125_050],
    ["1.250,5", 125_050],
    ["€ 800", 80_000],
    ["12.5", 1_250],
  ])("reads %s as %i cents", (input, cents) => expect(parseEuroCents(input)).toBe(cents));

  it.each(["", "twaalf", "1,2,3", "12.50.0", "-5"])("refuses %j", (input) => expect(parseEuroCents(input)).toBeNaN());

  it("writes cents back in a form that parses again", () => {
    for (const c of [0, 5, 1_250_000, 125_050]) expect(parseEuroCents(centsToInput(c))).toBe(c);
  });
});

const valid = { code: "GM0794", title: " Beweegtuin Brandevoort ", status: "RUNNING", visibility: "GIDS_NETWORK", tracks: "PHYSICAL_ENVIRONMENT" };

describe("CreateInitiativeSchema", () => {
  it("needs only a title, a status, a visibility and a track", () => {
    const r = CreateInitiativeSchema.safeParse(valid);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).toMatchObject({ title: "Beweegtuin Brandevoort", tracks: ["PHYSICAL_ENVIRONMENT"], pillars: [], partners: [], budgetCents: null, confirmDuplicate: false });
  });

  it("refuses an initiative without a track, next to the tracks field", () => {
    const { tracks: _omit, ...noTrack } = valid;
    void _omit;
    const r = CreateInitiativeSchema.safeParse(noTrack);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(z.flattenError(r.error).fieldErrors).toEqual({ tracks: ["workspace.validation.trackRequired"] });
  });

  it("shapes every field", () => {
    const r = CreateInitiativeSchema.safeParse({
      ...valid,
      startDate: "2026-01-15",
      endDate: "",
      targetGroups: ["CHILDREN", "PARENTS"],
      neighbourhoods: "Brandevoort, Binnenstad\nBrandevoort",
      programmes: ["JOGG"],
      budget: "12.500",
      fundingSources: ["GIDS"],
      residentsReached: "1.250",
      lowSesReached: "400",
      monitoringLevel: "PROCESS",
      tracks: ["PHYSICAL_ENVIRONMENT"],
      pillars: ["5", "1"],
      partnerType: ["SPORTS_CLUB", "", "GGD"],
      partnerName: ["JIBB+", "", "GGD Brabant-Zuidoost"],
      confirmDuplicate: "on",
    });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).toMatchObject({
      startDate: "2026-01-15",
      endDate: null,
      neighbourhoods: ["Brandevoort", "Binnenstad"],
      budgetCents: 1_250_000,
      residentsReached: 1250,
      lowSesReached: 400,
      pillars: [1, 5],
      partners: [
        { type: "SPORTS_CLUB", name: "JIBB+" },
        { type: "GGD", name: "GGD Brabant-Zuidoost" },
      ],
      confirmDuplicate: true,
    });
  });

  it("puts each Dutch message on its own field", () => {
    const r = CreateInitiativeSchema.safeParse({
      code: "GM0794",
      title: "  ",
      status: "",
      visibility: "PRIVATE",
      startDate: "2026-05-01",
      endDate: "2026-04-01",
      residentsReached: "100",
      lowSesReached: "200",
      budget: "veel",
      partnerType: [""],
      partnerName: ["Buurtvereniging"],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    const byPath = Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byPath).toEqual({
      title: "workspace.validation.required",
      status: "workspace.validation.required",
      endDate: "workspace.validation.endBeforeStart",
      lowSesReached: "workspace.validation.lowSesExceedsReached",
      budget: "workspace.validation.invalidNumber",
      partners: "workspace.validation.partnerTypeRequired",
      tracks: "workspace.validation.trackRequired",
    });
  });

  it("splits neighbourhoods on lines, commas and semicolons", () => {
    expect(splitNeighbourhoods(" a ,b;\n\nc, a")).toEqual(["a", "b", "c"]);
  });
});

describe("UpdateInitiativeSchema", () => {
  it("needs the id and the version it was loaded with", () => {
    expect(UpdateInitiativeSchema.safeParse(valid).success).toBe(false);
    const r = UpdateInitiativeSchema.safeParse({ ...valid, id: "0b7f1d1e-5a55-4d43-9a4f-3f1b7f0a9c11", version: "4" });
    expect(r.success && r.data.version).toBe(4);
  });
});

describe("initiative filters", () => {
  it("reads the URL and ignores what it does not know", () => {
    expect(parseInitiativeFilters({ zoek: " sport ", spoor: "PARTICIPATION", pijler: "9", status: "ACTIVE", doelgroep: "X", jaar: "2026", toon: "archief", pagina: "0" })).toEqual({
      search: "sport",
      track: "PARTICIPATION",
      pillar: null,
      status: "ACTIVE",
      targetGroup: null,
      year: 2026,
      archived: true,
      page: 1,
    });
  });

  it("writes the same filters back to a URL", () => {
    const f = parseInitiativeFilters({ zoek: "sport", pijler: "3", pagina: "2" });
    expect(initiativesHref("GM0794", f)).toBe("/gemeenten/GM0794/initiatieven?zoek=sport&pijler=3&pagina=2");
    expect(initiativesHref("GM0794", {})).toBe("/gemeenten/GM0794/initiatieven");
  });
});
