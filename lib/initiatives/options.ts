// The choices of an initiative, as plain lists the forms and filters can import (components may not import
// the generated Prisma client). `satisfies` keeps them in step with the database enums.
import type {
  FundingSource,
  InitiativeStatus,
  LinkedProgramme,
  MonitoringLevel,
  PartnerType,
  TargetGroup,
  TrackCode,
  Visibility,
} from "@/lib/generated/prisma/enums";

export const TRACK_CODES = [
  "PHYSICAL_ENVIRONMENT",
  "BEHAVIOUR_SKILLS",
  "PARTICIPATION",
  "PREVENTION_CARE",
  "SOCIAL_ENVIRONMENT",
] as const satisfies readonly TrackCode[];

export const PILLAR_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

export const INITIATIVE_STATUSES = ["IDEA", "PLANNED", "RUNNING", "STRUCTURAL", "STOPPED"] as const satisfies readonly InitiativeStatus[];

/** "Running" on the home page and in comparisons: under way now, as a project or structurally. */
export const RUNNING_STATUSES = ["RUNNING", "STRUCTURAL"] as const satisfies readonly InitiativeStatus[];

export const VISIBILITIES = ["PRIVATE", "GIDS_NETWORK", "PUBLIC"] as const satisfies readonly Visibility[];

export const TARGET_GROUPS = [
  "CHILDREN",
  "YOUTH",
  "PARENTS",
  "ADULTS",
  "OLDER_ADULTS",
  "LOW_SES",
  "LOW_LITERACY",
  "MIGRANTS",
  "CHRONICALLY_ILL",
  "INFORMAL_CARERS",
  "PROFESSIONALS",
] as const satisfies readonly TargetGroup[];

export const LINKED_PROGRAMMES = [
  "JOGG",
  "KANSRIJKE_START",
  "EEN_TEGEN_EENZAAMHEID",
  "PREVENTION_AGREEMENT",
  "SPORT_AGREEMENT",
  "OTHER",
] as const satisfies readonly LinkedProgramme[];

export const FUNDING_SOURCES = ["GIDS", "MUNICIPAL_BUDGET", "OTHER_NATIONAL_SCHEMES", "FUNDS", "PRIVATE"] as const satisfies readonly FundingSource[];

export const MONITORING_LEVELS = ["ACTIVITIES", "PROCESS", "HEALTH_EFFECTS"] as const satisfies readonly MonitoringLevel[];

export const PARTNER_TYPES = [
  "GGD",
  "GP",
  "NEIGHBOURHOOD_TEAM",
  "WELFARE",
  "SCHOOL",
  "SPORTS_CLUB",
  "HOUSING_CORPORATION",
  "HEALTH_INSURER",
  "FOOD_BANK",
  "BUSINESS",
  "RESIDENTS_GROUP",
  "KNOWLEDGE_INSTITUTE",
  "OTHER",
] as const satisfies readonly PartnerType[];

export type TrackCodeKey = (typeof TRACK_CODES)[number];
export type InitiativeStatusKey = (typeof INITIATIVE_STATUSES)[number];
