import "server-only";
import { db } from "@/lib/db";
import type { MapMunicipalityDTO } from "@/lib/dashboards/types";

// Every municipality with its answer to one question in one round: one query, one row per municipality
// (342), whatever the number of rounds or answers. Only SUBMITTED or ACCEPTED questionnaires count, as in
// the national figures: a draft is never shown. The counting rule is the one of lib/surveys/results.ts.

type Row = {
  code: string;
  name: string;
  province_code: string;
  ggd_region_code: string;
  gids: boolean;
  responded: boolean;
  answered: boolean;
  options: string[] | null;
};

export async function queryMapAnswers(year: number, questionKey: string): Promise<MapMunicipalityDTO[]> {
  const rows = await db.$queryRaw<Row[]>`
    with r as (select id, year from survey_round where year = ${year}::int),
    q as (select key, type from question where key = ${questionKey}::text)
    select m.code, m.name, m.province_code, m.ggd_region_code,
      (m.is_gids and (m.gids_since is null or m.gids_since <= r.year)) as gids,
      (s.id is not null) as responded,
      coalesce(case q.type
        when 'BOOLEAN' then a.value_bool is not null
        when 'TEXT' then false
        when 'MULTI' then a.id is not null
        else ch.options is not null
      end, false) as answered,
      case q.type
        when 'BOOLEAN' then case a.value_bool when true then array['yes'] when false then array['no'] end
        when 'LIKERT_HELP' then ch.options
          || case when ch.options && array['HELPED', 'STRONGLY_HELPED'] then array['HELPED_OR_STRONGLY'] else array[]::text[] end
        else ch.options
      end as options
    from municipality m
    cross join r
    cross join q
    left join survey_response s on s.municipality_code = m.code and s.round_id = r.id
      and s.status in ('SUBMITTED', 'ACCEPTED')
    left join answer a on a.response_id = s.id and a.question_key = q.key
    left join lateral (
      select array_agg(c.option_key order by c.option_key) as options from answer_choice c where c.answer_id = a.id
    ) ch on true
    where m.valid_to is null or s.id is not null
    order by m.code`;
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    provinceCode: r.province_code,
    ggdRegionCode: r.ggd_region_code,
    gids: r.gids,
    responded: r.responded,
    answered: r.answered,
    options: r.options ?? [],
  }));
}
