// What leaves the server about an approach (plain data; no Prisma rows).
import type { ApproachStageKey, PillarAssessmentKey } from "./options";

export type ApproachTrackDTO = { code: string; text: string };
export type ApproachPillarDTO = { number: number; assessment: PillarAssessmentKey; note: string };

export type ApproachDTO = {
  id: string;
  year: number;
  version: number;
  stage: ApproachStageKey | null;
  lowSesInvolved: boolean | null;
  residentMethods: string[];
  monitoringAttention: boolean | null;
  monitoringLevels: string[];
  anchoringAttention: boolean | null;
  anchoringMethods: string[];
  fundingSources: string[];
  story: string;
  tracks: ApproachTrackDTO[];
  pillars: ApproachPillarDTO[];
  /** ISO timestamp. */
  updatedAt: string;
};

/** The parts of an approach that are compared between years and copied into a new year. */
export type ApproachContent = Omit<ApproachDTO, "id" | "year" | "version" | "updatedAt">;
