import "server-only";
import { NotFoundError } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { AppLocale } from "@/lib/i18n/config";
import { getQuestionLabels, listPillars, listTracks } from "@/lib/reference/queries";
import { getAllRoundResults } from "@/lib/surveys/results";
import { queryGroupCounts, queryGroups } from "./aggregates/breakdown";
import { queryMapAnswers } from "./aggregates/map";
import { queryProgramme } from "./aggregates/programme";
import { shapeBreakdown } from "./breakdown";
import { nationalCache } from "./cache";
import { seesMunicipalAnswers, withoutAnswer } from "./map";
import type { LabelRecord } from "./labels";
import type { BreakdownDTO, GroupDimension, MapMunicipalityDTO, ProgrammeDTO, RoundResultsWithStatusDTO } from "./types";

// The national dashboards' data access: every export checks that the viewer may read national aggregates
// (every signed-in role may), then reads from the national cache (lib/dashboards/cache.ts). The cached
// functions below are not exported, so nothing reaches them without that check.

const rounds = nationalCache("rounds", () => getAllRoundResults());

// Several rounds in two queries (the overview needs the "large" subgroup of every round it shows).
const breakdowns = nationalCache("breakdowns", async (years: number[], dimension: GroupDimension): Promise<BreakdownDTO[]> => {
  const known = (await rounds()).filter((r) => years.includes(r.year));
  if (known.length === 0) return [];
  const ys = known.map((r) => r.year);
  const [groups, counts] = await Promise.all([queryGroups(ys, dimension), queryGroupCounts(ys, dimension, null)]);
  // Suppression happens here, before caching: withheld counts never leave this module.
  return known.map((r) =>
    shapeBreakdown(r.year, dimension, r.questions, groups.filter((g) => g.year === r.year), counts.filter((c) => c.year === r.year)),
  );
});

const mapAnswers = nationalCache("map", (year: number, questionKey: string) => queryMapAnswers(year, questionKey));
const programme = nationalCache("programme", () => queryProgramme());
const labels = nationalCache("labels", async (locale: AppLocale): Promise<LabelRecord> => Object.fromEntries(await getQuestionLabels(locale)));
const programmeLabels = nationalCache("programme-labels", async (locale: AppLocale): Promise<Record<string, string>> => {
  const [tracks, pillars] = await Promise.all([listTracks(locale), listPillars(locale)]);
  return Object.fromEntries([...tracks.map((t) => [t.code, t.name]), ...pillars.map((p) => [String(p.number), `${p.number}. ${p.name}`])]);
});

function assertNational(viewer: Viewer): void {
  if (!can(viewer.role, "read", "national")) throw new NotFoundError();
}

/** Every open or closed round with its national results, oldest first. */
export async function getNationalRounds(viewer: Viewer): Promise<RoundResultsWithStatusDTO[]> {
  assertNational(viewer);
  return rounds();
}

/** A round's results per size class, province or GGD region (small groups withheld); null: no such round. */
export async function getNationalBreakdown(viewer: Viewer, year: number, dimension: GroupDimension): Promise<BreakdownDTO | null> {
  assertNational(viewer);
  return (await breakdowns([year], dimension))[0] ?? null;
}

/** The "large municipalities" breakdown of several rounds, keyed by year (for the published subgroup). */
export async function getLargeMunicipalityBreakdowns(viewer: Viewer, years: number[]): Promise<Record<number, BreakdownDTO>> {
  assertNational(viewer);
  const all = await breakdowns([...new Set(years)].sort((a, b) => a - b), "large");
  return Object.fromEntries(all.map((b) => [b.year, b]));
}

/**
 * Every municipality's answer to one question in one round, for the map: submitted or accepted
 * questionnaires only, never drafts. Single municipalities' answers go only to viewers who may read
 * submitted questionnaires nationally (VWS, admins); everyone else gets the municipalities without their
 * answers and sees the map per region (decision 045).
 */
export async function getNationalMap(viewer: Viewer, year: number, questionKey: string): Promise<MapMunicipalityDTO[]> {
  assertNational(viewer);
  const all = await mapAnswers(year, questionKey);
  return seesMunicipalAnswers(viewer.role) ? all : all.map(withoutAnswer);
}

/** Programme figures from the logged approaches and initiatives, per year. */
export async function getProgrammeFigures(viewer: Viewer): Promise<ProgrammeDTO> {
  assertNational(viewer);
  return programme();
}

/** Question and option texts in the viewer's language (cached with the figures they label). */
export async function getNationalLabels(viewer: Viewer, locale: AppLocale): Promise<LabelRecord> {
  assertNational(viewer);
  return labels(locale);
}

/** Names of the five tracks (by code) and the eight pillars (by number), in the viewer's language. */
export async function getProgrammeLabels(viewer: Viewer, locale: AppLocale): Promise<Record<string, string>> {
  assertNational(viewer);
  return programmeLabels(locale);
}
