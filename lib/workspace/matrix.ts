// Shapes the track × pillar counts that PostgreSQL returns (one GROUPING SETS query) into the matrix the
// home page shows, and names the gaps. Pure: no framework, no database; unit-tested.

/** One row of the GROUPING SETS query. `grouping` is PostgreSQL's grouping(track, pillar) bit mask:
 *  0 = a cell, 1 = a track total, 2 = a pillar total, 3 = the grand total. */
export type MatrixRow = { track: string | null; pillar: number | null; grouping: number; count: number };

export type MatrixDTO = {
  tracks: string[];
  pillars: number[];
  /** cells[t][p]: running initiatives that work on track t and pillar p. */
  cells: number[][];
  trackTotals: number[];
  pillarTotals: number[];
  /** Running initiatives (each counted once, whatever its tracks and pillars). */
  total: number;
  /** Tracks and pillars no running initiative works on. */
  emptyTracks: string[];
  emptyPillars: number[];
  /** Cells without any initiative. */
  emptyCells: number;
};

export function shapeMatrix(tracks: readonly string[], pillars: readonly number[], rows: readonly MatrixRow[]): MatrixDTO {
  const ti = new Map(tracks.map((t, i) => [t, i]));
  const pi = new Map(pillars.map((p, i) => [p, i]));
  const cells = tracks.map(() => pillars.map(() => 0));
  const trackTotals = tracks.map(() => 0);
  const pillarTotals = pillars.map(() => 0);
  let total = 0;
  for (const r of rows) {
    const t = r.track === null ? undefined : ti.get(r.track);
    const p = r.pillar === null ? undefined : pi.get(r.pillar);
    // A null track or pillar inside a cell or total is an initiative without one: it has no place in the grid.
    if (r.grouping === 0 && t !== undefined && p !== undefined) cells[t]![p] = r.count;
    else if (r.grouping === 1 && t !== undefined) trackTotals[t] = r.count;
    else if (r.grouping === 2 && p !== undefined) pillarTotals[p] = r.count;
    else if (r.grouping === 3) total = r.count;
  }
  return {
    tracks: [...tracks],
    pillars: [...pillars],
    cells,
    trackTotals,
    pillarTotals,
    total,
    emptyTracks: tracks.filter((_, i) => trackTotals[i] === 0),
    emptyPillars: pillars.filter((_, i) => pillarTotals[i] === 0),
    emptyCells: cells.flat().filter((c) => c === 0).length,
  };
}

/** A share as a fraction, or null when nobody is in the denominator (shown as "no data", never 0%). */
export function share(yes: number, n: number): number | null {
  return n > 0 ? yes / n : null;
}

export type Comparison = { yes: number; n: number };

/**
 * Which sentence fits a comparison: whether the municipality does it and whether most others do.
 * "gap" is the one to stress: most comparable municipalities give it a place, this one does not (yet).
 */
export function comparisonTone(own: boolean, group: Comparison): "ahead" | "gap" | "same" | "none" {
  const s = share(group.yes, group.n);
  if (s === null) return "none";
  if (!own && s >= 0.5) return "gap";
  if (own && s < 0.5) return "ahead";
  return "same";
}
