// The choices of an approach as plain lists for forms (components may not import the generated client).
import type { AnchoringMethod, ApproachStage, PillarAssessment, ResidentMethod } from "@/lib/generated/prisma/enums";

export const APPROACH_STAGES = ["AGENDA", "POLICY", "PROGRAMMES", "INTEGRATED"] as const satisfies readonly ApproachStage[];

export const PILLAR_ASSESSMENTS = ["NOT_STARTED", "COULD_DO_MORE", "DOING_WELL"] as const satisfies readonly PillarAssessment[];

export const RESIDENT_METHODS = [
  "AMBASSADORS",
  "EXPERTS_BY_EXPERIENCE",
  "CO_CREATION",
  "INTERVIEWS",
  "RESIDENTS_IN_TEAM",
] as const satisfies readonly ResidentMethod[];

export const ANCHORING_METHODS = ["POLICY", "CONTRACTS", "OTHER"] as const satisfies readonly AnchoringMethod[];

export type ApproachStageKey = (typeof APPROACH_STAGES)[number];
export type PillarAssessmentKey = (typeof PILLAR_ASSESSMENTS)[number];

/** The first year an approach can be logged for, and how far ahead. */
export const FIRST_APPROACH_YEAR = 2014;
export const MAX_YEARS_AHEAD = 1;
