// DTOs of the national dashboards (plain JSON: they pass through Next's data cache and the read API).
import type { RoundResultsWithStatusDTO } from "@/lib/surveys/results";

export type { RoundResultsWithStatusDTO };

export const DIMENSIONS = ["size_class", "province", "ggd_region"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** Dimensions the SQL can group by: the public ones and "large" (100,000 inhabitants or more vs the rest). */
export type GroupDimension = Dimension | "large";

/** Groups with fewer respondents to a question than this show no figures (docs/decisions/032-…). */
export const MIN_GROUP_SIZE = 5;

export type GroupOptionDTO = { key: string; count: number | null; share: number | null };
export type GroupQuestionDTO = { key: string; n: number; suppressed: boolean; options: GroupOptionDTO[] };
export type BreakdownGroupDTO = {
  key: string;
  /** Province or GGD region name; null for size classes (the page labels them). */
  name: string | null;
  gidsMunicipalities: number;
  respondents: number;
  questions: GroupQuestionDTO[];
};
export type BreakdownDTO = {
  year: number;
  dimension: GroupDimension;
  minGroupSize: number;
  groups: BreakdownGroupDTO[];
};

/** One municipality on the map: whether it takes part and what it answered (submitted/accepted only). */
export type MapMunicipalityDTO = {
  code: string;
  name: string;
  provinceCode: string;
  ggdRegionCode: string;
  gids: boolean;
  responded: boolean;
  answered: boolean;
  /** Option keys the answer counts for ("yes"/"no" for booleans, plus HELPED_OR_STRONGLY for likert). */
  options: string[];
};

export type ProgrammeKind =
  | "approaches" // approaches logged (the denominator of the approach shares)
  | "allTracks" // approaches covering all five tracks
  | "approachFunding"
  | "approachMonitoring"
  | "initiatives" // initiatives running in the year
  | "initiativeTrack"
  | "initiativePillar"
  | "initiativeFunding";
export type ProgrammeCountDTO = { year: number; kind: ProgrammeKind; key: string | null; count: number };
export type ProgrammeDTO = { years: number[]; gidsByYear: Record<string, number>; counts: ProgrammeCountDTO[] };
