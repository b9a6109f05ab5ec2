import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PeerGroup } from "./shape";

// The peer group: other current GIDS municipalities of the same size class, province or GGD region.
const SAME: Record<PeerGroup, Prisma.Sql> = {
  size: Prisma.sql`m.size_class = s.size_class`,
  province: Prisma.sql`m.province_code = s.province_code`,
  ggd: Prisma.sql`m.ggd_region_code = s.ggd_region_code`,
};

export function peersCte(code: string, group: PeerGroup): Prisma.Sql {
  return Prisma.sql`
    s as (select code, size_class, province_code, ggd_region_code from municipality where code = ${code}),
    peers as (select m.code from municipality m, s where m.is_gids and m.valid_to is null and m.code <> s.code and ${SAME[group]}),
    lp as (select distinct on (a.municipality_code) a.id, a.monitoring_attention, a.monitoring_levels, a.low_ses_involved, a.resident_methods
      from approach a join peers on peers.code = a.municipality_code order by a.municipality_code, a.year desc),
    ls as (select a.id, a.monitoring_attention, a.monitoring_levels, a.low_ses_involved, a.resident_methods
      from approach a where a.municipality_code = ${code} order by a.year desc limit 1)`;
}

/** Every comparison in one statement: per track, pillar × assessment, monitoring and involvement. */
export function comparisonSql(code: string, group: PeerGroup): Prisma.Sql {
  return Prisma.sql`
    with ${peersCte(code, group)}
    select 'track' as dim, t.code::text as key, t.sort_order::int as ord,
      (select count(*) from lp where exists (select 1 from approach_track x where x.approach_id = lp.id and x.track_code = t.code))::int as yes,
      (select exists (select 1 from approach_track x where x.approach_id = ls.id and x.track_code = t.code)::text from ls) as self
    from track t
    union all
    select 'pillar:' || v.a, p.number::text, p.number::int,
      (select count(*) from lp join approach_pillar x on x.approach_id = lp.id and x.pillar_number = p.number and x.assessment::text = v.a)::int,
      (select x.assessment::text from ls join approach_pillar x on x.approach_id = ls.id and x.pillar_number = p.number)
    from pillar p cross join (values ('DOING_WELL'), ('COULD_DO_MORE'), ('NOT_STARTED')) v(a)
    union all
    select 'monitoring', 'attention', 0, (select count(*) from lp where lp.monitoring_attention)::int, (select ls.monitoring_attention::text from ls)
    union all
    select 'monitoringLevel', u.l::text, u.ord::int, (select count(*) from lp where u.l = any(lp.monitoring_levels))::int, (select (u.l = any(ls.monitoring_levels))::text from ls)
    from unnest(enum_range(null::monitoring_level)) with ordinality as u(l, ord)
    union all
    select 'lowSes', 'involved', 0, (select count(*) from lp where lp.low_ses_involved)::int, (select ls.low_ses_involved::text from ls)
    union all
    select 'residentMethod', u.l::text, u.ord::int, (select count(*) from lp where u.l = any(lp.resident_methods))::int, (select (u.l = any(ls.resident_methods))::text from ls)
    from unnest(enum_range(null::resident_method)) with ordinality as u(l, ord)`;
}

export function countsSql(code: string, group: PeerGroup): Prisma.Sql {
  return Prisma.sql`with ${peersCte(code, group)}
    select (select count(*) from peers)::int as peers, (select count(*) from lp)::int as "peersWithApproach", exists (select 1 from ls) as "selfHasApproach"`;
}

/** Network-visible, running or planned initiatives of peers on the tracks this municipality does not cover. */
export function suggestionsSql(code: string, group: PeerGroup, limit: number): Prisma.Sql {
  return Prisma.sql`
    with ${peersCte(code, group)},
    missing as (select t.code from track t where not exists (select 1 from ls join approach_track x on x.approach_id = ls.id and x.track_code = t.code))
    select i.id::text, i.title, left(i.description, 280) as description, i.status::text as status, m.code as "municipalityCode", m.name as "municipalityName",
      array(select it.track_code::text from initiative_track it join track t on t.code = it.track_code
            where it.initiative_id = i.id and it.track_code in (select code from missing) order by t.sort_order) as tracks
    from initiative i join municipality m on m.code = i.municipality_code
    where i.municipality_code in (select code from peers) and i.visibility in ('GIDS_NETWORK', 'PUBLIC') and i.archived_at is null
      and i.status <> 'STOPPED'
      and exists (select 1 from initiative_track it where it.initiative_id = i.id and it.track_code in (select code from missing))
    order by (i.status in ('RUNNING', 'STRUCTURAL')) desc, i.updated_at desc, i.id
    limit ${limit}`;
}
