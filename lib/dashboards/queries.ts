import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
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
import { seesMunicipalAnswers, withoutAnswer } from "./map";
import type { LabelRecord } from "./labels";
import type { BreakdownDTO, GroupDimension, MapMunicipalityDTO, ProgrammeDTO, RoundResultsWithStatusDTO } from "./types";

// The national dashboards' data access: every export checks that the viewer may read national aggregates
// (every signed-in role may), then reads the cached aggregates (Next's 'use cache', tagged `national`). The cached
// functions below are not exported, so nothing reaches them without that check.

// National aggregates are the same for everybody: Next's cache ('use cache') keeps them, tagged
// `national` (lib/cache/tags.ts), until a write expires the tag; cacheLife is the safety net.
async function rounds(): Promise<RoundResultsWithStatusDTO[]> {
  "use cache";
  cacheTag(TAGS.national);
  cacheLife("hours");
  return getAllRoundResults();
}

// Several rounds in two queries (the overview needs the "large" subgroup of every round it shows).
async function breakdowns(years: number[], dimension: GroupDimension): Promise<BreakdownDTO[]> {
  "use cache";
  cacheTag(TAGS.national);
  cacheLife("hours");
  const known = (await rounds()).filter((r) => years.includes(r.year));
  if (known.length === 0) return [];
  const ys = known.map((r) => r.year);
  const [groups, counts] = await Promise.all([queryGroups(ys, dimension), queryGroupCounts(ys, dimension, null)]);
  // Suppression happens here, before caching: withheld counts never leave this module.
  return known.map((r) =>
    shapeBreakdown(r.year, dimension, r.questions, groups.filter((g) => g.year === r.year), counts.filter((c) => c.year === r.year)),
  );
}

async function mapAnswers(year: number, questionKey: string): Promise<MapMunicipalityDTO[]> {
  "use cache";
  cacheTag(TAGS.national);
  cacheLife("hours");
  return queryMapAnswers(year, questionKey);
}

async function programme(): Promise<ProgrammeDTO> {
  "use cache";
  cacheTag(TAGS.national);
  cacheLife("hours");
  return queryProgramme();
}

async function labels(locale: AppLocale): Promise<LabelRecord> {
  "use cache";
  cacheTag(TAGS.reference);
  cacheLife("days");
  return Object.fromEntries(await getQuestionLabels(locale));
}

async function programmeLabels(locale: AppLocale): Promise<Record<string, string>> {
  "use cache";
  cacheTag(TAGS.reference);
  cacheLife("days");
  const [tracks, pillars] = await Promise.all([listTracks(locale), listPillars(locale)]);
  return Object.fromEntries([...tracks.map((t) => [t.code, t.name]), ...pillars.map((p) => [String(p.number), `${p.number}. ${p.name}`])]);
}

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
