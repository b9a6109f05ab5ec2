// Peer comparison rows from SQL → the page's shape: shares of the peer group next to the municipality's own
// answer. Shares are over peers that logged an approach (a peer without one says nothing). Pure, unit-tested.

export const PEER_GROUPS = ["size", "province", "ggd"] as const;
export type PeerGroup = (typeof PEER_GROUPS)[number];
/** The URL's Dutch values. */
export const GROUP_PARAM: Record<string, PeerGroup> = { grootte: "size", provincie: "province", ggd: "ggd" };

export type PeerRow = { dim: string; key: string; ord: number; yes: number; self: string | null };

export type ShareItem = { key: string; yes: number; share: number | null; self: boolean | null };
export type PillarItem = { number: number; doingWell: number | null; couldDoMore: number | null; notStarted: number | null; self: string | null };
export type PeerComparison = {
  peers: number;
  peersWithApproach: number;
  selfHasApproach: boolean;
  tracks: ShareItem[];
  pillars: PillarItem[];
  monitoring: ShareItem;
  monitoringLevels: ShareItem[];
  lowSes: ShareItem;
  residentMethods: ShareItem[];
};

const bool = (s: string | null) => (s === null ? null : s === "true");
const share = (yes: number, n: number) => (n > 0 ? yes / n : null);

export function shapePeers(rows: readonly PeerRow[], counts: { peers: number; peersWithApproach: number; selfHasApproach: boolean }): PeerComparison {
  const n = counts.peersWithApproach;
  const of = (dim: string) => rows.filter((r) => r.dim === dim).sort((a, b) => a.ord - b.ord);
  const item = (r: PeerRow | undefined, key: string): ShareItem => ({ key, yes: r?.yes ?? 0, share: share(r?.yes ?? 0, n), self: counts.selfHasApproach ? bool(r?.self ?? null) ?? false : null });
  const pillarNumbers = [...new Set(rows.filter((r) => r.dim.startsWith("pillar:")).map((r) => Number(r.key)))].sort((a, b) => a - b);
  const pillar = (num: number, a: string) => rows.find((r) => r.dim === `pillar:${a}` && Number(r.key) === num);
  return {
    ...counts,
    tracks: of("track").map((r) => item(r, r.key)),
    pillars: pillarNumbers.map((num) => ({
      number: num,
      doingWell: share(pillar(num, "DOING_WELL")?.yes ?? 0, n),
      couldDoMore: share(pillar(num, "COULD_DO_MORE")?.yes ?? 0, n),
      notStarted: share(pillar(num, "NOT_STARTED")?.yes ?? 0, n),
      self: pillar(num, "DOING_WELL")?.self ?? null,
    })),
    monitoring: item(of("monitoring")[0], "attention"),
    monitoringLevels: of("monitoringLevel").map((r) => item(r, r.key)),
    lowSes: item(of("lowSes")[0], "involved"),
    residentMethods: of("residentMethod").map((r) => item(r, r.key)),
  };
}

/** Tracks the municipality's approach does not cover (all of them without an approach). */
export function missingTracks(c: PeerComparison): string[] {
  return c.tracks.filter((t) => t.self !== true).map((t) => t.key);
}
