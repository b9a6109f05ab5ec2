import "server-only";
import { db } from "@/lib/db";
import type { ProgrammeCountDTO, ProgrammeDTO, ProgrammeKind } from "@/lib/dashboards/types";

// Programme figures from what municipalities log in the portal (not the questionnaire), per year, in two
// queries. Years: those with logged approaches or an open or closed survey round, up to this year.
// - Approach figures count the approaches logged for the year (one per municipality and year).
// - Initiative figures count initiatives running in the year: started on or before 31 December, not ended
//   before 1 January, not archived; an idea without a start date never counts.

type Row = { year: number; kind: ProgrammeKind; key: string | null; count: number };
type YearRow = { year: number; gids: number };

export async function queryProgramme(): Promise<ProgrammeDTO> {
  const years = await db.$queryRaw<YearRow[]>`
    with y as (
      select year::int from approach
      union select year::int from survey_round where status <> 'DRAFT'
    )
    select y.year,
      (select count(*)::int from municipality m where m.is_gids and (m.gids_since is null or m.gids_since <= y.year)) as gids
    from y
    where y.year <= extract(year from now())::int
    order by y.year`;
  const list = years.map((y) => Number(y.year));
  if (list.length === 0) return { years: [], gidsByYear: {}, counts: [] };

  const rows = await db.$queryRaw<Row[]>`
    with ap as (
      select a.id, a.year::int as year, a.funding_sources, a.monitoring_levels,
        (select count(*) from approach_track t where t.approach_id = a.id) as tracks
      from approach a
      where a.year = any(${list}::int[])
    ),
    act as (
      select y.year, i.id, i.funding_sources
      from unnest(${list}::int[]) as y(year)
      join initiative i on i.archived_at is null and i.start_date is not null
        and i.start_date <= make_date(y.year, 12, 31)
        and (i.end_date is null or i.end_date >= make_date(y.year, 1, 1))
    )
    select year, 'approaches' as kind, null as key, count(*)::int as count from ap group by year
    union all select year, 'allTracks', null, count(*)::int from ap where tracks = 5 group by year
    union all select year, 'approachFunding', f::text, count(*)::int from ap, unnest(funding_sources) f group by 1, 3
    union all select year, 'approachMonitoring', l::text, count(*)::int from ap, unnest(monitoring_levels) l group by 1, 3
    union all select year, 'initiatives', null, count(*)::int from act group by year
    union all select act.year, 'initiativeTrack', t.track_code::text, count(*)::int
      from act join initiative_track t on t.initiative_id = act.id group by 1, 3
    union all select act.year, 'initiativePillar', p.pillar_number::text, count(*)::int
      from act join initiative_pillar p on p.initiative_id = act.id group by 1, 3
    union all select year, 'initiativeFunding', f::text, count(*)::int from act, unnest(funding_sources) f group by 1, 3`;

  const counts: ProgrammeCountDTO[] = rows.map((r) => ({ year: Number(r.year), kind: r.kind, key: r.key, count: Number(r.count) }));
  return { years: list, gidsByYear: Object.fromEntries(years.map((y) => [String(y.year), Number(y.gids)])), counts };
}
