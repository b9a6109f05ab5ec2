import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { GroupDimension } from "@/lib/dashboards/types";

// A round's answers counted per group of municipalities (size class, province or GGD region), in two
// queries: the groups (GIDS municipalities and respondents per group) and the counts per group, question
// and option. Counting follows lib/surveys/results.ts exactly, so the groups add up to the national figure.

export type GroupRow = { year: number; key: string; name: string | null; ord: number; gids: number; respondents: number };
/** option_key null: the question's n in the group. */
export type GroupCountRow = { year: number; group_key: string; question_key: string; option_key: string | null; count: number };

// Identifiers cannot be parameters: each dimension maps to a fixed SQL fragment (never user input).
type Fragments = { key: Prisma.Sql; name: Prisma.Sql; ord: Prisma.Sql; join: Prisma.Sql };
const GROUP: Record<GroupDimension, Fragments> = {
  // Internal: the published subgroup "large municipalities" (100,000 inhabitants or more, as in DOMAIN.md).
  large: { key: Prisma.sql`case when m.population >= 100000 then 'large' else 'other' end`, name: Prisma.sql`null::text`, ord: Prisma.sql`0`, join: Prisma.empty },
  size_class: { key: Prisma.sql`m.size_class::text`, name: Prisma.sql`null::text`, ord: Prisma.sql`m.size_class`, join: Prisma.empty },
  province: { key: Prisma.sql`m.province_code`, name: Prisma.sql`p.name`, ord: Prisma.sql`0`, join: Prisma.sql`join province p on p.code = m.province_code` },
  ggd_region: { key: Prisma.sql`m.ggd_region_code`, name: Prisma.sql`g.name`, ord: Prisma.sql`0`, join: Prisma.sql`join ggd_region g on g.code = m.ggd_region_code` },
};

// Both queries take several rounds at once (one query whatever the number of rounds), rows tagged by year.

/** The groups that hold GIDS municipalities or respondents in each round, in a stable order. */
export function queryGroups(years: number[], dimension: GroupDimension): Promise<GroupRow[]> {
  const g = GROUP[dimension];
  return db.$queryRaw<GroupRow[]>`
    with r as (select id, year from survey_round where year = any(${years}::int[]))
    select r.year::int as year, ${g.key} as key, ${g.name} as name, min(${g.ord})::int as ord,
      (count(*) filter (where m.is_gids and (m.gids_since is null or m.gids_since <= r.year)))::int as gids,
      count(s.id)::int as respondents
    from municipality m
    cross join r
    ${g.join}
    left join survey_response s on s.municipality_code = m.code and s.round_id = r.id
      and s.status in ('SUBMITTED', 'ACCEPTED')
    group by 1, 2, 3
    having count(*) filter (where m.is_gids and (m.gids_since is null or m.gids_since <= r.year)) > 0 or count(s.id) > 0
    order by 1, 4, 3, 2`;
}

/** n and option counts per group and question (all questions when `questionKey` is null; never text). */
export function queryGroupCounts(years: number[], dimension: GroupDimension, questionKey: string | null): Promise<GroupCountRow[]> {
  const g = GROUP[dimension];
  return db.$queryRaw<GroupCountRow[]>`
    with resp as (
      select s.id, s.round_id, r.year::int as year, ${g.key} as group_key
      from survey_response s
      join survey_round r on r.id = s.round_id and r.year = any(${years}::int[])
      join municipality m on m.code = s.municipality_code
      where s.status in ('SUBMITTED', 'ACCEPTED')
    ),
    counted as (
      select a.id, a.question_key, q.type, a.value_bool, resp.year, resp.group_key
      from answer a
      join resp on resp.id = a.response_id
      join round_question rq on rq.round_id = resp.round_id and rq.question_key = a.question_key
      join question q on q.key = a.question_key and q.type <> 'TEXT'
      where (${questionKey}::text is null or a.question_key = ${questionKey}::text)
        and case q.type
          when 'BOOLEAN' then a.value_bool is not null
          when 'MULTI' then true
          else exists (select 1 from answer_choice c where c.answer_id = a.id)
        end
    ),
    facts as (
      select c.year, c.group_key, c.question_key, ch.option_key
      from counted c join answer_choice ch on ch.answer_id = c.id
      union all
      select year, group_key, question_key, case when value_bool then 'yes' else 'no' end
      from counted where type = 'BOOLEAN'
      union all
      select c.year, c.group_key, c.question_key, 'HELPED_OR_STRONGLY'
      from counted c
      where c.type = 'LIKERT_HELP' and exists (
        select 1 from answer_choice ch where ch.answer_id = c.id and ch.option_key in ('HELPED', 'STRONGLY_HELPED'))
    )
    select year, group_key, question_key, null::text as option_key, count(*)::int as count from counted group by 1, 2, 3
    union all
    select year, group_key, question_key, option_key, count(*)::int from facts group by 1, 2, 3, 4`;
}
