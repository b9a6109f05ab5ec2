import "server-only";
import { db } from "@/lib/db";
import type { OptionResultDTO, QuestionResultDTO, QuestionTypeKey, RoundResultsDTO } from "@/lib/surveys/types";

// Aggregated results of one questionnaire round, counted in PostgreSQL in three queries (round, questions,
// options) whatever the number of questions. Respondents are responses that are SUBMITTED or ACCEPTED;
// a question's n counts the respondents that answered it, and every share is a fraction of that n.

type RoundRow = { id: string; gids: number; respondents: number };
type QuestionRow = { key: string; type: string; n: number };
type OptionRow = { question_key: string; option_key: string; count: number };

const TYPE_KEY: Record<string, QuestionTypeKey> = {
  BOOLEAN: "boolean",
  SINGLE: "single",
  MULTI: "multi",
  LIKERT_HELP: "likert_help",
  TEXT: "text",
};

export async function getRoundResults(year: number): Promise<RoundResultsDTO | null> {
  if (!Number.isInteger(year)) return null;
  const [round] = await db.$queryRaw<RoundRow[]>`
    select r.id::text as id,
      (select count(*)::int from municipality m where m.is_gids) as gids,
      (select count(*)::int from survey_response s
        where s.round_id = r.id and s.status in ('SUBMITTED', 'ACCEPTED')) as respondents
    from survey_round r
    where r.year = ${year}`;
  if (!round) return null;

  // An answer counts when it holds a value: a boolean, non-blank text, a chosen option; a multi
  // answer counts even with no option chosen (choosing none is an answer).
  const questions = await db.$queryRaw<QuestionRow[]>`
    with resp as (
      select id from survey_response where round_id = ${round.id}::uuid and status in ('SUBMITTED', 'ACCEPTED')
    )
    select rq.question_key as key, q.type::text as type,
      (count(a.id) filter (where case q.type
        when 'BOOLEAN' then a.value_bool is not null
        when 'TEXT' then coalesce(btrim(a.value_text), '') <> ''
        when 'MULTI' then true
        else exists (select 1 from answer_choice c where c.answer_id = a.id)
      end))::int as n
    from round_question rq
    join question q on q.key = rq.question_key
    left join answer a on a.question_key = rq.question_key and a.response_id in (select id from resp)
    where rq.round_id = ${round.id}::uuid
    group by rq.question_key, q.type, rq.sort_order
    order by rq.sort_order, rq.question_key`;

  // Option counts in display order: stored options, then "yes"/"no" for booleans, then the derived
  // HELPED_OR_STRONGLY for likert questions.
  const options = await db.$queryRaw<OptionRow[]>`
    with resp as (
      select id from survey_response where round_id = ${round.id}::uuid and status in ('SUBMITTED', 'ACCEPTED')
    ),
    chosen as (
      select o.question_key, o.key as option_key, o.sort_order, count(c.answer_id)::int as count
      from round_question rq
      join question_option o on o.question_key = rq.question_key
      left join (answer_choice c join answer a on a.id = c.answer_id and a.response_id in (select id from resp))
        on c.question_key = o.question_key and c.option_key = o.key
      where rq.round_id = ${round.id}::uuid
      group by o.question_key, o.key, o.sort_order
    ),
    booleans as (
      select q.key as question_key, v.key as option_key, v.ord as sort_order, count(a.id)::int as count
      from round_question rq
      join question q on q.key = rq.question_key and q.type = 'BOOLEAN'
      cross join (values ('yes', true, 1), ('no', false, 2)) as v(key, val, ord)
      left join answer a on a.question_key = q.key and a.value_bool = v.val and a.response_id in (select id from resp)
      where rq.round_id = ${round.id}::uuid
      group by q.key, v.key, v.ord
    ),
    helped as (
      select ch.question_key, 'HELPED_OR_STRONGLY' as option_key, 1000 as sort_order,
        (sum(ch.count) filter (where ch.option_key in ('HELPED', 'STRONGLY_HELPED')))::int as count
      from chosen ch
      join question q on q.key = ch.question_key and q.type = 'LIKERT_HELP'
      group by ch.question_key
    )
    select question_key, option_key, count from (
      select * from chosen union all select * from booleans union all select * from helped
    ) x
    order by question_key, sort_order, option_key`;

  const byQuestion = new Map<string, OptionRow[]>();
  for (const o of options) byQuestion.set(o.question_key, [...(byQuestion.get(o.question_key) ?? []), o]);

  const gidsMunicipalities = Number(round.gids);
  const respondents = Number(round.respondents);
  return {
    year,
    gidsMunicipalities,
    respondents,
    responseRate: gidsMunicipalities > 0 ? respondents / gidsMunicipalities : 0,
    questions: questions.map((q): QuestionResultDTO => {
      const n = Number(q.n);
      const type = TYPE_KEY[q.type] ?? "text";
      const opts: OptionResultDTO[] =
        type === "text"
          ? []
          : (byQuestion.get(q.key) ?? []).map((o) => ({ key: o.option_key, count: Number(o.count ?? 0), share: n > 0 ? Number(o.count ?? 0) / n : 0 }));
      return { key: q.key, type, n, options: opts };
    }),
  };
}
