// From the SQL's facts and fired flags to signals that say why they fired, a triage score and the triage
// order. Pure and unit-tested (tests/unit/caseload-signals.test.ts); the flags themselves come from SQL.
import { THRESHOLDS, WEIGHTS, severityOf } from "./rules";
import type { CaseloadItem, CaseloadRow, Signal, SignalKey } from "./types";

function signal(key: SignalKey, values: Signal["values"], weight = WEIGHTS[key], items?: Signal["items"]): Signal {
  return { key, weight, severity: severityOf(weight), reason: key, values, ...(items ? { items } : {}) };
}

/** The questionnaire's weight: waiting for the adviser, or a deadline close or missed, weighs most. */
export function questionnaireWeight(status: CaseloadRow["questionnaireStatus"], daysToDeadline: number | null): number {
  const days = daysToDeadline ?? Number.POSITIVE_INFINITY;
  const soon = days <= THRESHOLDS.deadlineSoonDays;
  switch (status) {
    case "SUBMITTED":
      return 6;
    case "NOT_STARTED":
      return days < 0 ? 7 : soon ? 5 : 3;
    case "DRAFT":
      return days < 0 ? 6 : soon ? 4 : 2;
    case "RETURNED":
      return days < 0 ? 4 : 2;
    default:
      return 0;
  }
}

function questionnaireSignal(r: CaseloadRow): Signal {
  const days = r.daysToDeadline ?? 0;
  const when = days < 0 ? "late" : days === 0 ? "today" : "ahead";
  return signal("questionnaire", { status: r.questionnaireStatus ?? "NOT_STARTED", when, days: Math.abs(days) }, questionnaireWeight(r.questionnaireStatus, r.daysToDeadline));
}

/** The signals that fired for one municipality, heaviest first, each with the facts for its reason. */
export function buildSignals(r: CaseloadRow): Signal[] {
  const out: Signal[] = [];
  const f = r.fires;
  if (f.followUps) out.push(signal("followUps", { count: r.followUpsOverdue, date: r.oldestOverdueOn ?? "" }));
  if (f.questionnaire) out.push(questionnaireSignal(r));
  if (f.noApproach) out.push(signal("noApproach", {}));
  if (f.turnover) out.push(signal("turnover", { date: r.servantLeftOn ?? "" }));
  if (f.noAdvice) out.push(signal("noAdvice", r.lastAdviceOn ? { never: "no", days: r.daysSinceAdvice ?? 0, date: r.lastAdviceOn } : { never: "yes", days: 0 }));
  if (f.lowSes) out.push(signal("lowSes", { known: r.lowSesInvolved === false ? "no" : "unknown" }));
  if (f.stale) {
    const months = Math.floor((r.approachAgeDays ?? 0) / 30.44);
    out.push(signal("stale", { year: String(r.approachYear ?? ""), months, date: r.approachUpdatedOn ?? "" }));
  }
  if (f.tracks) out.push(signal("tracks", { count: r.missingTracks.length }, WEIGHTS.tracks, { type: "track", keys: r.missingTracks }));
  if (f.monitoring) out.push(signal("monitoring", { known: r.monitoringAttention === false ? "no" : "unknown" }));
  if (f.pillars) out.push(signal("pillars", { count: r.pillarsNotStarted.length }, WEIGHTS.pillars, { type: "pillar", keys: r.pillarsNotStarted.map(String) }));
  return out.sort((a, b) => b.weight - a.weight);
}

export function toItem(r: CaseloadRow): CaseloadItem {
  const signals = buildSignals(r);
  return { ...r, signals, score: signals.reduce((s, x) => s + x.weight, 0) };
}

const byName = (a: CaseloadItem, b: CaseloadItem) => a.name.localeCompare(b.name, "nl");
const heaviest = (i: CaseloadItem) => i.signals[0]?.weight ?? 0;
const deadline = (i: CaseloadItem) => i.daysToDeadline ?? Number.POSITIVE_INFINITY;

/**
 * The triage order: highest total weight first; on a tie the heaviest single signal, then the nearest
 * deadline, then the name (so the order is stable and explainable in one sentence).
 */
export function triageCompare(a: CaseloadItem, b: CaseloadItem): number {
  return b.score - a.score || heaviest(b) - heaviest(a) || deadline(a) - deadline(b) || byName(a, b);
}

export function triage(rows: readonly CaseloadRow[]): CaseloadItem[] {
  return rows.map(toItem).sort(triageCompare);
}
