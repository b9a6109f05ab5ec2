// The demo's GIDS municipalities (the official list is not open data; a real deployment imports it).
import { rank, type Unit } from "./calibration";
import { LARGE_POPULATION } from "./survey-plan";

/** Municipalities named in the domain documents; demo journeys rely on them. */
export const NAMED_MUNICIPALITIES = [
  "Helmond",
  "Emmen",
  "Amersfoort",
  "Utrecht",
  "Súdwest-Fryslân",
  "Assen",
  "Oss",
  "Gennep",
  "Vaals",
  "Smallingerland",
  "Twenterand",
  "Amstelveen",
  "Weststellingwerf",
] as const;

/**
 * 156, not 155: the 2021 figures need it. 67% response of 155 allows only 104 respondents, then 95%
 * monitoring attention means 99 monitoring municipalities, and no count of 99 rounds to "half" (50%).
 * With 156 GIDS municipalities, 105 respond (67.3%) and 100 of them monitor.
 */
export const GIDS_COUNT = 156;

export type MunicipalityUnit = Unit & { name: string };

/** Named + every municipality ≥ 100,000 inhabitants + a size-favouring deterministic pick up to GIDS_COUNT. */
export function selectGids(all: readonly MunicipalityUnit[]): MunicipalityUnit[] {
  const named = new Set<string>(NAMED_MUNICIPALITIES);
  const forced = all.filter((m) => named.has(m.name) || m.population >= LARGE_POPULATION);
  if (forced.filter((m) => named.has(m.name)).length !== named.size) throw new Error("a named municipality is missing");
  const forcedCodes = new Set(forced.map((m) => m.code));
  const rest = rank(
    all.filter((m) => !forcedCodes.has(m.code)),
    "gids",
    0.6,
  ).slice(0, GIDS_COUNT - forced.length);
  const chosen = new Set([...forcedCodes, ...rest.map((m) => m.code)]);
  return all.filter((m) => chosen.has(m.code)).sort((a, b) => a.code.localeCompare(b.code));
}

/** The year a municipality joined (most in 2014, a few in 2015). */
export function gidsSince(code: string): number {
  return Number(code.slice(2)) % 23 === 5 ? 2015 : 2014;
}
