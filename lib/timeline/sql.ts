import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The timeline of one municipality as one UNION ALL: audit events of the app (who changed what) and, for
// history that predates the audit trail (seeded or imported), events read from the records themselves —
// each record event only when no audit event already tells the same thing. Date-only facts (an advice
// entry's date, an assignment's start) sit at noon Dutch time so they sort within their day.

const noon = (col: string) => Prisma.raw(`((${col} + time '12:00') at time zone 'Europe/Amsterdam')`);
const noAudit = (entity: string, action: string, idSql: string) =>
  Prisma.raw(`not exists (select 1 from audit_event x where x.entity = '${entity}' and x.entity_id = ${idSql} and x.action = '${action}')`);

export function timelineSql(code: string): Prisma.Sql {
  return Prisma.sql`
    with ap as (select id, year from approach where municipality_code = ${code}),
    ini as (select id, title, status, end_date, updated_at, created_at from initiative where municipality_code = ${code}),
    sr as (select r.id, r.status, r.submitted_at, r.reviewed_at, r.reviewed_by_id, s.year from survey_response r join survey_round s on s.id = r.round_id where r.municipality_code = ${code}),
    ae as (select id, date, kind, mode, adviser_id, created_at from advice_entry where municipality_code = ${code}),
    fu as (select f.id, f.description, f.done_at from follow_up f join ae on ae.id = f.advice_entry_id)
    select a.at, case when a.action = 'initiative.update' and a.after->>'status' = 'STOPPED' and coalesce(a.before->>'status', '') <> 'STOPPED'
        then 'initiative.stop' else a.action end as kind,
      a.entity_id as ref, u.name as actor, false as "dateOnly",
      coalesce(
        (select jsonb_build_object('year', ap.year) from ap where ap.id::text = a.entity_id and a.entity = 'approach'),
        (select jsonb_build_object('title', ini.title) from ini where ini.id::text = a.entity_id and a.entity = 'initiative'),
        (select jsonb_build_object('year', sr.year, 'questionKey', a.after->>'questionKey') from sr where sr.id::text = a.entity_id and a.entity = 'survey_response'),
        (select jsonb_build_object('kind', ae.kind, 'mode', ae.mode) from ae where ae.id::text = a.entity_id and a.entity = 'advice_entry'),
        (select jsonb_build_object('description', fu.description) from fu where fu.id::text = a.entity_id and a.entity = 'follow_up')
      ) as data
    from audit_event a left join app_user u on u.id = a.actor_id
    where (a.entity = 'approach' and a.entity_id in (select id::text from ap))
       or (a.entity = 'initiative' and a.entity_id in (select id::text from ini))
       or (a.entity = 'survey_response' and a.entity_id in (select id::text from sr)
           and a.action in ('questionnaire.submit', 'review.comment', 'review.return', 'review.accept'))
       or (a.entity = 'advice_entry' and a.action = 'advice.update' and a.entity_id in (select id::text from ae))
       or (a.entity = 'follow_up' and a.entity_id in (select id::text from fu))
    union all
    select a.created_at, 'approach.create', a.id::text, null, false, jsonb_build_object('year', a.year)
      from approach a where a.municipality_code = ${code} and ${noAudit("approach", "approach.create", "a.id::text")}
    union all
    select i.created_at, 'initiative.create', i.id::text, null, false, jsonb_build_object('title', i.title)
      from ini i where ${noAudit("initiative", "initiative.create", "i.id::text")}
    union all
    select coalesce(${noon("i.end_date")}, i.updated_at), 'initiative.stop', i.id::text, null, i.end_date is not null, jsonb_build_object('title', i.title)
      from ini i where i.status = 'STOPPED' and not exists (select 1 from audit_event x where x.entity = 'initiative' and x.entity_id = i.id::text and x.action <> 'initiative.create')
    union all
    select s.submitted_at, 'questionnaire.submit', s.id::text, null, false, jsonb_build_object('year', s.year)
      from sr s where s.submitted_at is not null and ${noAudit("survey_response", "questionnaire.submit", "s.id::text")}
    union all
    select s.reviewed_at, case s.status when 'ACCEPTED' then 'review.accept' else 'review.return' end, s.id::text, u.name, false, jsonb_build_object('year', s.year)
      from sr s left join app_user u on u.id = s.reviewed_by_id
      where s.reviewed_at is not null and s.status in ('ACCEPTED', 'RETURNED')
        and not exists (select 1 from audit_event x where x.entity = 'survey_response' and x.entity_id = s.id::text and x.action in ('review.accept', 'review.return'))
    union all
    select ${noon("e.date")}, 'advice', e.id::text, u.name, true,
        jsonb_build_object('kind', e.kind, 'mode', e.mode, 'followUps', (select count(*) from follow_up f where f.advice_entry_id = e.id))
      from ae e join app_user u on u.id = e.adviser_id
    union all
    select f.done_at, 'followUp.done', f.id::text, null, false, jsonb_build_object('description', f.description)
      from fu f where f.done_at is not null and ${noAudit("follow_up", "followUp.done", "f.id::text")}
    union all
    select ${noon("aa.valid_from")}, 'adviser.start', aa.id::text, null, true, jsonb_build_object('name', u.name)
      from adviser_assignment aa join app_user u on u.id = aa.adviser_id where aa.municipality_code = ${code}
    union all
    select ${noon("ms.valid_from")}, 'servant.start', ms.id::text, null, true, jsonb_build_object('name', u.name)
      from membership ms join app_user u on u.id = ms.user_id where ms.municipality_code = ${code}`;
}
