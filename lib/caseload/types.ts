// The caseload as it leaves the SQL (one row per assigned municipality, facts and fired signals) and as the
// page shows it (signals with their reasons, a triage score). Pure types: no framework, no database.

export type QuestionnaireStatus = "NOT_STARTED" | "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";

/** One municipality of the caseload, as computed in PostgreSQL. Dates are yyyy-mm-dd strings. */
export type CaseloadRow = {
  code: string;
  name: string;
  /** The open round (null when no round is open). */
  roundYear: number | null;
  closesAt: string | null;
  daysToDeadline: number | null;
  questionnaireStatus: QuestionnaireStatus | null;
  submittedAt: string | null;
  approachYear: number | null;
  approachUpdatedOn: string | null;
  approachAgeDays: number | null;
  monitoringAttention: boolean | null;
  lowSesInvolved: boolean | null;
  missingTracks: string[];
  pillarsNotStarted: number[];
  servantLeftOn: string | null;
  lastAdviceOn: string | null;
  daysSinceAdvice: number | null;
  followUpsOverdue: number;
  oldestOverdueOn: string | null;
  fires: Record<SignalKey, boolean>;
};

export const SIGNAL_KEYS = [
  "followUps",
  "questionnaire",
  "noApproach",
  "turnover",
  "noAdvice",
  "lowSes",
  "stale",
  "tracks",
  "monitoring",
  "pillars",
] as const;
export type SignalKey = (typeof SIGNAL_KEYS)[number];

export type Severity = "high" | "medium" | "low";

/** A fired signal: why (a catalog key under `caseload.reason` with its values) and how much it weighs. */
export type Signal = {
  key: SignalKey;
  severity: Severity;
  weight: number;
  reason: string;
  values: Record<string, string | number>;
  /** Tracks (codes) or pillars (numbers as text) the reason names. */
  items?: { type: "track" | "pillar"; keys: string[] };
};

export type CaseloadItem = CaseloadRow & { signals: Signal[]; score: number };
