import { describe, expect, it } from "vitest";
import { changedChildren } from "@/lib/initiatives/mutations";

const before = {
  tracks: ["PARTICIPATION", "PHYSICAL_ENVIRONMENT"],
  pillars: [3, 1],
  partners: [
    { type: "GGD", name: "GGD Brabant-Zuidoost" },
    { type: "RESIDENTS", name: "Wijkraad Noord" },
  ],
};

describe("which child lists an initiative save rewrites", () => {
  it("none when tracks and pillars are the same sets and partners the same list", () => {
    expect(changedChildren(before, { tracks: ["PHYSICAL_ENVIRONMENT", "PARTICIPATION"], pillars: [1, 3], partners: [...before.partners] })).toEqual({
      tracks: false,
      pillars: false,
      partners: false,
    });
  });

  it("each list that differs: a track added, a pillar swapped, partners reordered or renamed", () => {
    expect(changedChildren(before, { ...before, tracks: [...before.tracks, "SOCIAL_ENVIRONMENT"] })).toMatchObject({ tracks: true, pillars: false, partners: false });
    expect(changedChildren(before, { ...before, pillars: [3, 2] })).toMatchObject({ tracks: false, pillars: true });
    expect(changedChildren(before, { ...before, partners: [before.partners[1]!, before.partners[0]!] })).toMatchObject({ partners: true });
    expect(changedChildren(before, { ...before, partners: [before.partners[0]!, { type: "RESIDENTS", name: "Wijkraad Zuid" }] })).toMatchObject({ partners: true });
    expect(changedChildren(before, { ...before, partners: [before.partners[0]!] })).toMatchObject({ partners: true });
  });

  it("all for a new initiative (nothing stored yet)", () => {
    expect(changedChildren(null, before)).toEqual({ tracks: true, pillars: true, partners: true });
  });
});
