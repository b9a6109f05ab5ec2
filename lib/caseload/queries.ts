import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/actions/state";
import { assertCan } from "@/lib/auth/guard";
import type { Viewer } from "@/lib/auth/viewer-types";
import { dutchDay } from "./dates";
import { THRESHOLDS } from "./rules";
import { triage } from "./signals";
import { SIGNAL_KEYS, type CaseloadItem, type CaseloadRow, type SignalKey } from "./types";
import { isUuid } from "@/lib/uuid";

type Raw = Omit<CaseloadRow, "fires" | "missingTracks" | "pillarsNotStarted"> & {
  missingTracks: string[] | null;
  pillarsNotStarted: number[] | null;
} & Record<`fires_${SignalKey}`, boolean>;

/**
 * The whole caseload in one statement: the adviser's current assignments, the open round's questionnaire,
 * each municipality's latest approach, turnover, advice and overdue follow-ups (lateral joins, no query
 * per municipality), and which signals fire. `today` is a Dutch calendar day (tests choose it).
 */
function caseloadSql(adviserId: string, today: string): Prisma.Sql {
  const t = Prisma.sql`${today}::date`;
  return Prisma.sql`
    with mine as (
      select m.code, m.name from adviser_assignment aa join municipality m on m.code = aa.municipality_code
      where aa.adviser_id = ${adviserId}::uuid and aa.valid_to is null
    ), open_round as (
      select r.id, r.year, r.closes_at from survey_round r where r.status = 'OPEN' order by r.year desc limit 1
    ), latest as (
      select distinct on (a.municipality_code) a.id, a.municipality_code, a.year, a.monitoring_attention, a.low_ses_involved,
        (a.updated_at at time zone 'Europe/Amsterdam')::date as updated_on
      from approach a join mine on mine.code = a.municipality_code
      order by a.municipality_code, a.year desc
    ), pillars as (
      select p.approach_id, array_agg(p.pillar_number::int order by p.pillar_number) as not_started
      from approach_pillar p join latest la on la.id = p.approach_id
      where p.assessment = 'NOT_STARTED' group by p.approach_id
    ), turnover as (
      select ms.municipality_code, max(ms.valid_to) as left_on from membership ms join mine on mine.code = ms.municipality_code
      where ms.valid_to > ${t} - ${THRESHOLDS.turnoverDays}::int and ms.valid_to <= ${t} group by ms.municipality_code
    ), advice as (
      select e.municipality_code, max(e.date) as last_on from advice_entry e join mine on mine.code = e.municipality_code
      where e.date <= ${t} group by e.municipality_code
    ), overdue as (
      select e.municipality_code, count(*) as overdue, min(f.due_date) as oldest
      from follow_up f join advice_entry e on e.id = f.advice_entry_id join mine on mine.code = e.municipality_code
      where f.done_at is null and f.due_date < ${t} group by e.municipality_code
    ), facts as (
      select mine.code, mine.name, r.year::int as "roundYear", r.closes_at as closes_at, (r.closes_at - ${t})::int as "daysToDeadline",
        case when r.id is null then null else coalesce(sr.status::text, 'NOT_STARTED') end as "questionnaireStatus",
        to_char(sr.submitted_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as "submittedAt",
        la.id as approach_id, la.year::int as "approachYear", la.updated_on, (${t} - la.updated_on)::int as "approachAgeDays",
        la.monitoring_attention as "monitoringAttention", la.low_ses_involved as "lowSesInvolved",
        tr.missing as "missingTracks", pl.not_started as "pillarsNotStarted", tu.left_on, ad.last_on,
        (${t} - ad.last_on)::int as "daysSinceAdvice", coalesce(fu.overdue, 0)::int as "followUpsOverdue", fu.oldest
      from mine
      left join open_round r on true
      left join survey_response sr on sr.round_id = r.id and sr.municipality_code = mine.code
      left join latest la on la.municipality_code = mine.code
      left join lateral (
        select array_agg(t.code::text order by t.sort_order) as missing from track t
        where la.id is not null and not exists (select 1 from approach_track x where x.approach_id = la.id and x.track_code = t.code)
      ) tr on true
      left join pillars pl on pl.approach_id = la.id
      left join turnover tu on tu.municipality_code = mine.code
      left join advice ad on ad.municipality_code = mine.code
      left join overdue fu on fu.municipality_code = mine.code
    )
    select code, name, "roundYear", to_char(closes_at, 'YYYY-MM-DD') as "closesAt", "daysToDeadline", "questionnaireStatus", "submittedAt",
      "approachYear", to_char(updated_on, 'YYYY-MM-DD') as "approachUpdatedOn", "approachAgeDays", "monitoringAttention", "lowSesInvolved",
      "missingTracks", "pillarsNotStarted", to_char(left_on, 'YYYY-MM-DD') as "servantLeftOn", to_char(last_on, 'YYYY-MM-DD') as "lastAdviceOn",
      "daysSinceAdvice", "followUpsOverdue", to_char(oldest, 'YYYY-MM-DD') as "oldestOverdueOn",
      "followUpsOverdue" > 0 as "fires_followUps",
      coalesce("questionnaireStatus" <> 'ACCEPTED', false) as "fires_questionnaire",
      approach_id is null as "fires_noApproach",
      left_on is not null as "fires_turnover",
      (last_on is null or ${t} - last_on > ${THRESHOLDS.quietDays}::int) as "fires_noAdvice",
      (approach_id is not null and "lowSesInvolved" is not true) as "fires_lowSes",
      (approach_id is not null and updated_on < (${t} - make_interval(months => ${THRESHOLDS.staleMonths}::int))::date) as "fires_stale",
      coalesce(cardinality("missingTracks") > 0, false) as "fires_tracks",
      (approach_id is not null and "monitoringAttention" is not true) as "fires_monitoring",
      coalesce(cardinality("pillarsNotStarted") > 0, false) as "fires_pillars"
    from facts`;
}

function toRow(r: Raw): CaseloadRow {
  const fires = Object.fromEntries(SIGNAL_KEYS.map((k) => [k, r[`fires_${k}`]])) as CaseloadRow["fires"];
  const row = Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith("fires_"))) as Omit<Raw, `fires_${SignalKey}`>;
  return { ...row, missingTracks: r.missingTracks ?? [], pillarsNotStarted: r.pillarsNotStarted ?? [], fires };
}

/** The raw rows (no ordering): for the integration tests of each signal. */
export async function getCaseloadRows(viewer: Viewer, opts: { today: Date; adviserId?: string }): Promise<CaseloadRow[]> {
  const adviserId = caseloadOwner(viewer, opts.adviserId);
  const rows = await db.$queryRaw<Raw[]>(caseloadSql(adviserId, dutchDay(opts.today)));
  return rows.map(toRow);
}

/**
 * The caseload of the viewer (an adviser) in triage order. An admin may look at an adviser's caseload by
 * passing `adviserId`; nobody else sees anyone's. `today` is the reference day (the page passes new Date()).
 */
export async function getCaseload(viewer: Viewer, opts: { today: Date; adviserId?: string }): Promise<CaseloadItem[]> {
  return triage(await getCaseloadRows(viewer, opts));
}


function caseloadOwner(viewer: Viewer, adviserId: string | undefined): string {
  assertCan(viewer, "read", "municipality", "assigned");
  if (adviserId !== undefined && !isUuid(adviserId)) throw new NotFoundError();
  if (viewer.role === "ADMIN") return adviserId ?? viewer.id;
  if (adviserId && adviserId !== viewer.id) throw new NotFoundError();
  return viewer.id;
}
