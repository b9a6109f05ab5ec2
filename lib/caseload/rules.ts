// The caseload's thresholds (passed into the SQL as parameters, so the query and the page say the same) and
// the weights of the triage order. Pure.
import type { Severity, SignalKey } from "./types";

export const THRESHOLDS = {
  /** The approach counts as stale when its latest year was not updated for this many months. */
  staleMonths: 6,
  /** A civil servant who left within this many days counts as turnover. */
  turnoverDays: 365,
  /** Without an advice entry for this many days the municipality has been quiet too long. */
  quietDays: 90,
  /** A questionnaire not yet submitted weighs more when the deadline is this close (or past). */
  deadlineSoonDays: 30,
} as const;

/**
 * Weights: what the adviser must act on now (overdue follow-ups, a questionnaire waiting for their review,
 * a deadline about to be missed) weighs most; gaps in the approach are slower work and weigh least.
 */
export const WEIGHTS: Record<SignalKey, number> = {
  followUps: 6,
  questionnaire: 2, // raised below by status and deadline
  noApproach: 5,
  turnover: 4,
  noAdvice: 3,
  lowSes: 2,
  stale: 2,
  tracks: 1,
  monitoring: 1,
  pillars: 1,
};

export function severityOf(weight: number): Severity {
  return weight >= 5 ? "high" : weight >= 3 ? "medium" : "low";
}
