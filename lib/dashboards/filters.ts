// The dashboards' filters live in the URL (shareable links). Parsing is forgiving: an unknown question,
// option or dimension falls back to the default; only an unknown round is "not found". Pure.
import { DIMENSIONS, type Dimension } from "./types";

export type SearchParams = Record<string, string | string[] | undefined>;
export const MAP_LEVELS = ["municipality", "ggd_region", "province"] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];

/** The first value of a search parameter. */
export function param(params: SearchParams, name: string): string | undefined {
  const v = params[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The round in ?ronde=, or the default; null when ?ronde= names no round (→ 404). */
export function chooseYear(raw: string | undefined, years: number[], fallback: number | null): number | null {
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return years.includes(year) ? year : null;
}

export function chooseOne<T extends string>(raw: string | undefined, allowed: readonly T[], fallback: T): T {
  return raw !== undefined && (allowed as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

export function chooseDimension(raw: string | undefined, fallback: Dimension = "province"): Dimension {
  return chooseOne(raw, DIMENSIONS, fallback);
}

/** The map's levels for viewers who may not see single municipalities' answers (decision 045). */
export const REGION_LEVELS = ["ggd_region", "province"] as const satisfies readonly MapLevel[];

/** The levels a viewer may choose: per municipality only with `perMunicipality`, else GGD region or province. */
export function mapLevels(perMunicipality: boolean): readonly MapLevel[] {
  return perMunicipality ? MAP_LEVELS : REGION_LEVELS;
}

export function chooseMapLevel(raw: string | undefined, perMunicipality = true): MapLevel {
  const levels = mapLevels(perMunicipality);
  return chooseOne(raw, levels, levels[0]!);
}

/** A query string from filters, leaving out empty values: { ronde: 2021 } → "?ronde=2021". */
export function queryString(values: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}
