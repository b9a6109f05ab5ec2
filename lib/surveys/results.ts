import "server-only";
import { db } from "@/lib/db";
import type { OptionResultDTO, QuestionResultDTO, QuestionTypeKey, RoundResultsDTO } from "@/lib/surveys/types";

// Aggregated results of questionnaire rounds, counted in PostgreSQL in three queries (rounds, questions,
// options) whatever the number of rounds or questions. Respondents are responses that are SUBMITTED or
// ACCEPTED; a question's n counts the respondents that answered it, and every share is a fraction of that n.
// The denominator of the response rate is the municipalities that were GIDS municipalities in the round's
// year (is_gids and gids_since null or not after the year), not today's list applied to every round.

export type RoundStatusKey = "DRAFT" | "OPEN" | "CLOSED";
/** A round's results with its status (an open round's figures are provisional). */
export type RoundResultsWithStatusDTO = RoundResultsDTO & { status: RoundStatusKey };

type RoundRow = { id: string; year: number; status: RoundStatusKey; gids: number; respondents: number };
type QuestionRow = { round_id: string; key: string; type: string; n: number };
type OptionRow = { round_id: string; question_key: string; option_key: string; count: number };

const TYPE_KEY: Record<string, QuestionTypeKey> = {
  BOOLEAN: "boolean",
  SINGLE: "single",
  MULTI: "multi",
  LIKERT_HELP: "likert_help",
  TEXT: "text",
};

/** One round's results, or null when the round does not exist. */
export async function getRoundResults(year: number): Promise<RoundResultsWithStatusDTO | null> {
  if (!Number.isInteger(year)) return null;
  return (await queryResults(year))[0] ?? null;
}

/** The results of every round that is open or closed (not drafts), oldest first; still three queries. */
export async function getAllRoundResults(): Promise<RoundResultsWithStatusDTO[]> {
  return (await queryResults(null)).filter((r) => r.status !== "DRAFT");
}

async function queryResults(year: number | null): Promise<RoundResultsWithStatusDTO[]> {
  const rounds = await db.$queryRaw<RoundRow[]>`
    select r.id::text as id, r.year::int as year, r.status::text as status,
      (select count(*)::int from municipality m
        where m.is_gids and (m.gids_since is null or m.gids_since <= r.year)) as gids,
      (select count(*)::int from survey_response s
        where s.round_id = r.id and s.status in ('SUBMITTED', 'ACCEPTED')) as respondents
    from survey_round r
    where ${year}::int is null or r.year = ${year}::int
    order by r.year`;
  if (rounds.length === 0) return [];
  const ids = rounds.map((r) => r.id);

  // An answer counts when it holds a value: a boolean, non-blank text, a chosen option; a multi
  // answer counts even with no option chosen (choosing none is an answer).
  const questions = await db.$queryRaw<QuestionRow[]>`
    with resp as (
      select id, round_id from survey_response
      where round_id = any(${ids}::uuid[]) and status in ('SUBMITTED', 'ACCEPTED')
    )
    select rq.round_id::text as round_id, rq.question_key as key, q.type::text as type,
      (count(a.id) filter (where case q.type
        when 'BOOLEAN' then a.value_bool is not null
        when 'TEXT' then coalesce(btrim(a.value_text), '') <> ''
        when 'MULTI' then true
        else exists (select 1 from answer_choice c where c.answer_id = a.id)
      end))::int as n
    from round_question rq
    join question q on q.key = rq.question_key
    left join (answer a join resp on resp.id = a.response_id)
      on a.question_key = rq.question_key and resp.round_id = rq.round_id
    where rq.round_id = any(${ids}::uuid[])
    group by rq.round_id, rq.question_key, q.type, rq.sort_order
    order by rq.round_id, rq.sort_order, rq.question_key`;

  const options = await queryOptions(ids);
  return rounds.map((round) => toDTO(round, questions, options));
}

// Option counts in display order: stored options, then "yes"/"no" for booleans, then the derived
// HELPED_OR_STRONGLY for likert questions.
function queryOptions(ids: string[]): Promise<OptionRow[]> {
  return db.$queryRaw<OptionRow[]>`
    with resp as (
      select id, round_id from survey_response
      where round_id = any(${ids}::uuid[]) and status in ('SUBMITTED', 'ACCEPTED')
    ),
    picked as (
      select resp.round_id, c.question_key, c.option_key, count(*)::int as count
      from answer_choice c
      join answer a on a.id = c.answer_id
      join resp on resp.id = a.response_id
      group by resp.round_id, c.question_key, c.option_key
    ),
    chosen as (
      select rq.round_id, o.question_key, o.key as option_key, o.sort_order, coalesce(p.count, 0) as count
      from round_question rq
      join question_option o on o.question_key = rq.question_key
      left join picked p on p.round_id = rq.round_id and p.question_key = o.question_key and p.option_key = o.key
      where rq.round_id = any(${ids}::uuid[])
    ),
    booleans as (
      select rq.round_id, q.key as question_key, v.key as option_key, v.ord as sort_order,
        count(resp.id)::int as count
      from round_question rq
      join question q on q.key = rq.question_key and q.type = 'BOOLEAN'
      cross join (values ('yes', true, 1), ('no', false, 2)) as v(key, val, ord)
      left join (answer a join resp on resp.id = a.response_id)
        on a.question_key = q.key and a.value_bool = v.val and resp.round_id = rq.round_id
      where rq.round_id = any(${ids}::uuid[])
      group by rq.round_id, q.key, v.key, v.ord
    ),
    helped as (
      select ch.round_id, ch.question_key, 'HELPED_OR_STRONGLY' as option_key, 1000 as sort_order,
        (sum(ch.count) filter (where ch.option_key in ('HELPED', 'STRONGLY_HELPED')))::int as count
      from chosen ch
      join question q on q.key = ch.question_key and q.type = 'LIKERT_HELP'
      group by ch.round_id, ch.question_key
    )
    select round_id::text as round_id, question_key, option_key, count from (
      select * from chosen union all select * from booleans union all select * from helped
    ) x
    order by round_id, question_key, sort_order, option_key`;
}

function toDTO(round: RoundRow, questions: QuestionRow[], options: OptionRow[]): RoundResultsWithStatusDTO {
  const byQuestion = new Map<string, OptionRow[]>();
  for (const o of options) {
    if (o.round_id !== round.id) continue;
    byQuestion.set(o.question_key, [...(byQuestion.get(o.question_key) ?? []), o]);
  }
  const gidsMunicipalities = Number(round.gids);
  const respondents = Number(round.respondents);
  return {
    year: Number(round.year),
    status: round.status,
    gidsMunicipalities,
    respondents,
    responseRate: gidsMunicipalities > 0 ? respondents / gidsMunicipalities : 0,
    questions: questions
      .filter((q) => q.round_id === round.id)
      .map((q): QuestionResultDTO => {
        const n = Number(q.n);
        const type = TYPE_KEY[q.type] ?? "text";
        const opts: OptionResultDTO[] =
          type === "text"
            ? []
            : (byQuestion.get(q.key) ?? []).map((o) => {
                const count = Number(o.count ?? 0);
                return { key: o.option_key, count, share: n > 0 ? count / n : 0 };
              });
        return { key: q.key, type, n, options: opts };
      }),
  };
}
