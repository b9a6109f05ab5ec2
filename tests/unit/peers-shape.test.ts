import { describe, expect, it } from "vitest";
import { missingTracks, shapePeers, type PeerRow } from "@/lib/peers/shape";

const rows: PeerRow[] = [
  { dim: "track", key: "PARTICIPATION", ord: 3, yes: 4, self: "true" },
  { dim: "track", key: "PHYSICAL_ENVIRONMENT", ord: 1, yes: 1, self: "false" },
  { dim: "pillar:DOING_WELL", key: "1", ord: 1, yes: 2, self: "COULD_DO_MORE" },
  { dim: "pillar:COULD_DO_MORE", key: "1", ord: 1, yes: 1, self: "COULD_DO_MORE" },
  { dim: "pillar:NOT_STARTED", key: "1", ord: 1, yes: 1, self: "COULD_DO_MORE" },
  { dim: "monitoring", key: "attention", ord: 0, yes: 3, self: null },
  { dim: "lowSes", key: "involved", ord: 0, yes: 2, self: "true" },
  { dim: "monitoringLevel", key: "PROCESS", ord: 2, yes: 1, self: "false" },
  { dim: "monitoringLevel", key: "ACTIVITIES", ord: 1, yes: 2, self: "true" },
];

describe("shapePeers", () => {
  it("turns counts into shares of the peers with an approach, in catalogue order", () => {
    const c = shapePeers(rows, { peers: 6, peersWithApproach: 4, selfHasApproach: true });
    expect(c.tracks.map((t) => [t.key, t.share, t.self])).toEqual([["PHYSICAL_ENVIRONMENT", 0.25, false], ["PARTICIPATION", 1, true]]);
    expect(c.pillars).toEqual([{ number: 1, doingWell: 0.5, couldDoMore: 0.25, notStarted: 0.25, self: "COULD_DO_MORE" }]);
    expect(c.monitoring).toMatchObject({ share: 0.75, self: false }); // not filled in counts as "no" for an approach that exists
    expect(c.monitoringLevels.map((l) => l.key)).toEqual(["ACTIVITIES", "PROCESS"]);
    expect(missingTracks(c)).toEqual(["PHYSICAL_ENVIRONMENT"]);
  });

  it("has no shares without peers' approaches and no own answers without an own approach", () => {
    const c = shapePeers(rows, { peers: 2, peersWithApproach: 0, selfHasApproach: false });
    expect(c.tracks.every((t) => t.share === null && t.self === null)).toBe(true);
    expect(missingTracks(c)).toEqual(["PHYSICAL_ENVIRONMENT", "PARTICIPATION"]);
  });
});
