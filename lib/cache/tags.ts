// The cache tags: the one list of what is cached for everybody and what invalidates it
// (docs/decisions/050-one-cache-model.md). Cached functions (`'use cache'`) tag themselves with these;
// writes invalidate them — `updateTag` in the action wrapper (lib/actions/run.ts, read-your-writes),
// `expireTags` everywhere else (lib/cache/expire.ts: route handlers, jobs, the CLI).
// Nothing personal is ever cached across viewers: these hold national aggregates, reference data and
// peer comparisons only.

export const TAGS = {
  /** National aggregates: round results, breakdowns, the map, programme figures. */
  national: "national",
  /** Reference data: tracks, pillars, the question bank's texts, municipalities. */
  reference: "reference",
  /** Peer comparisons: shares of GIDS municipalities (per size class) on tracks and pillars. */
  peers: "peers",
} as const;

export type CacheTag = (typeof TAGS)[keyof typeof TAGS];

export const ALL_TAGS: readonly CacheTag[] = Object.values(TAGS);

export function isCacheTag(value: unknown): value is CacheTag {
  return typeof value === "string" && (ALL_TAGS as readonly string[]).includes(value);
}

/** What a change to a municipality's approach or initiatives makes stale. */
export const WORKSPACE_WRITE: readonly CacheTag[] = [TAGS.national, TAGS.peers];
/** What a change to questionnaires (submit, review, import, rounds) makes stale. */
export const SURVEY_WRITE: readonly CacheTag[] = [TAGS.national];
/** What a change to the question bank or the municipalities makes stale: everything. */
export const REFERENCE_WRITE: readonly CacheTag[] = ALL_TAGS;
