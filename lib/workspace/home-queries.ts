import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { AppLocale } from "@/lib/i18n/config";
import { getLatestApproach } from "@/lib/approach/queries";
import type { ApproachDTO } from "@/lib/approach/types";
import { listPillars, listTracks } from "@/lib/reference/queries";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { pillarComparisons, trackComparisons } from "./comparisons";
import type { Comparison, MatrixDTO } from "./matrix";
import { getInitiativeMatrix, type WorkspaceDTO } from "./queries";

// The home page's overview: own approach and initiatives next to peers and all GIDS municipalities.
// A fixed number of queries (approach, matrix, two comparison queries, names), whatever the data size.

export type TrackOverviewDTO = {
  code: string;
  name: string;
  inApproach: boolean;
  approachText: string;
  /** Running initiatives of this municipality on the track. */
  running: number;
  approach: { national: Comparison; peers: Comparison };
  initiatives: { national: Comparison; peers: Comparison };
};

export type PillarOverviewDTO = {
  number: number;
  name: string;
  assessment: string | null;
  note: string;
  national: Comparison;
  peers: Comparison;
};

export type HomeOverviewDTO = {
  approach: ApproachDTO | null;
  tracks: TrackOverviewDTO[];
  pillars: PillarOverviewDTO[];
  matrix: MatrixDTO;
};

const none: Comparison = { yes: 0, n: 0 };

// The peer and national shares are aggregates over every GIDS municipality (tens of milliseconds on ten
// times the data), the same for everybody: cached ('use cache'), tagged `peers`, expired by the writes that
// change them (approach and initiative saves, GIDS list imports).
async function cachedTrackComparisons(sizeClass: WorkspaceDTO["sizeClass"]) {
  "use cache";
  cacheTag(TAGS.peers);
  cacheLife("hours");
  return trackComparisons(sizeClass);
}

async function cachedPillarComparisons(sizeClass: WorkspaceDTO["sizeClass"]) {
  "use cache";
  cacheTag(TAGS.peers);
  cacheLife("hours");
  return pillarComparisons(sizeClass);
}

export async function getHomeOverview(viewer: Viewer, ws: WorkspaceDTO, locale: AppLocale): Promise<HomeOverviewDTO> {
  const [approach, matrix, trackCmp, pillarCmp, trackNames, pillarNames] = await Promise.all([
    getLatestApproach(viewer, ws.code),
    getInitiativeMatrix(viewer, ws.code),
    cachedTrackComparisons(ws.sizeClass),
    cachedPillarComparisons(ws.sizeClass),
    listTracks(locale),
    listPillars(locale),
  ]);
  const tracks = trackNames.map((t) => {
    const own = approach?.tracks.find((x) => x.code === t.code);
    const cmp = trackCmp.find((c) => c.track === t.code);
    const i = matrix.tracks.indexOf(t.code);
    return {
      code: t.code,
      name: t.name,
      inApproach: own !== undefined,
      approachText: own?.text ?? "",
      running: i >= 0 ? matrix.trackTotals[i]! : 0,
      approach: cmp?.approach ?? { national: none, peers: none },
      initiatives: cmp?.initiatives ?? { national: none, peers: none },
    };
  });
  const pillars = pillarNames.map((p) => {
    const own = approach?.pillars.find((x) => x.number === p.number);
    const cmp = pillarCmp.find((c) => c.pillar === p.number);
    return {
      number: p.number,
      name: p.name,
      assessment: own?.assessment ?? null,
      note: own?.note ?? "",
      national: cmp?.national ?? none,
      peers: cmp?.peers ?? none,
    };
  });
  return { approach, tracks, pillars, matrix };
}
