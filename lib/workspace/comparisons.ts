import "server-only";
import { db } from "@/lib/db";
import type { Comparison } from "./matrix";

// National and peer shares for the home page, counted in PostgreSQL (two queries, whatever the number of
// municipalities). Definitions (shown on the page too):
//   - the group is the GIDS municipalities; peers are those of the same CBS size class;
//   - an approach share counts each municipality's most recent approach; its denominator is the GIDS
//     municipalities that logged one;
//   - an initiative share counts municipalities with at least one running (RUNNING or STRUCTURAL),
//     non-archived initiative on the track; its denominator is all GIDS municipalities of the group.
// These are aggregates over all municipalities (read:national:any), never one municipality's records.

export type TrackComparisonDTO = {
  track: string;
  approach: { national: Comparison; peers: Comparison };
  initiatives: { national: Comparison; peers: Comparison };
};

export type PillarComparisonDTO = { pillar: number; national: Comparison; peers: Comparison };

type TrackRow = {
  track: string;
  approach_n: number;
  approach_peer_n: number;
  approach_yes: number;
  approach_peer_yes: number;
  gids_n: number;
  gids_peer_n: number;
  initiative_yes: number;
  initiative_peer_yes: number;
};

export async function trackComparisons(sizeClass: number): Promise<TrackComparisonDTO[]> {
  const rows = await db.$queryRaw<TrackRow[]>`
    with gids as (
      select code, size_class = ${sizeClass} as peer from municipality where is_gids
    ), latest as (
      select distinct on (a.municipality_code) a.id, g.peer
      from approach a join gids g on g.code = a.municipality_code
      order by a.municipality_code, a.year desc
    ), running as (
      select distinct i.municipality_code, it.track_code, g.peer
      from initiative i
      join initiative_track it on it.initiative_id = i.id
      join gids g on g.code = i.municipality_code
      where i.archived_at is null and i.status in ('RUNNING', 'STRUCTURAL')
    ), with_track as (
      select x.track_code, l.peer from latest l join approach_track x on x.approach_id = l.id
    )
    select t.code::text as track,
      (select count(*) from latest)::int as approach_n,
      (select count(*) from latest where peer)::int as approach_peer_n,
      (select count(*) from with_track w where w.track_code = t.code)::int as approach_yes,
      (select count(*) from with_track w where w.track_code = t.code and w.peer)::int as approach_peer_yes,
      (select count(*) from gids)::int as gids_n,
      (select count(*) from gids where peer)::int as gids_peer_n,
      (select count(*) from running r where r.track_code = t.code)::int as initiative_yes,
      (select count(*) from running r where r.track_code = t.code and r.peer)::int as initiative_peer_yes
    from track t
    order by t.sort_order`;
  return rows.map((r) => ({
    track: r.track,
    approach: {
      national: { yes: r.approach_yes, n: r.approach_n },
      peers: { yes: r.approach_peer_yes, n: r.approach_peer_n },
    },
    initiatives: {
      national: { yes: r.initiative_yes, n: r.gids_n },
      peers: { yes: r.initiative_peer_yes, n: r.gids_peer_n },
    },
  }));
}

type PillarRow = { pillar: number; n: number; peer_n: number; yes: number; peer_yes: number };

/** Share of GIDS municipalities whose most recent approach rates the pillar "doing well". */
export async function pillarComparisons(sizeClass: number): Promise<PillarComparisonDTO[]> {
  const rows = await db.$queryRaw<PillarRow[]>`
    with gids as (
      select code, size_class = ${sizeClass} as peer from municipality where is_gids
    ), latest as (
      select distinct on (a.municipality_code) a.id, g.peer
      from approach a join gids g on g.code = a.municipality_code
      order by a.municipality_code, a.year desc
    ), well as (
      select ap.pillar_number, l.peer from approach_pillar ap join latest l on l.id = ap.approach_id
      where ap.assessment = 'DOING_WELL'
    )
    select p.number::int as pillar,
      (select count(*) from latest)::int as n,
      (select count(*) from latest where peer)::int as peer_n,
      (select count(*) from well w where w.pillar_number = p.number)::int as yes,
      (select count(*) from well w where w.pillar_number = p.number and w.peer)::int as peer_yes
    from pillar p
    order by p.number`;
  return rows.map((r) => ({
    pillar: r.pillar,
    national: { yes: r.yes, n: r.n },
    peers: { yes: r.peer_yes, n: r.peer_n },
  }));
}
