// Keyboard navigation on the map: for every shape, the nearest shape in each arrow direction. Pure.

export type Point = { code: string; x: number; y: number };
export type Direction = "up" | "down" | "left" | "right";
export type Neighbours = Record<Direction, string | null>;

const VECTORS: Record<Direction, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

/**
 * Candidates lie within 60° of the direction; among them the one with the smallest distance, penalised by
 * how far off-axis it lies (distance / cos²), so "right" prefers the shape straight to the right over a
 * slightly closer one up and to the right. null when nothing lies that way (the edge of the map).
 */
export function nearestInDirection(from: Point, points: Point[], direction: Direction): string | null {
  const [vx, vy] = VECTORS[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.code === from.code) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const cos = (dx * vx + dy * vy) / dist;
    if (cos < 0.5) continue;
    const score = dist / (cos * cos);
    if (score < bestScore) [best, bestScore] = [p.code, score];
  }
  return best;
}

/** The neighbours of every point (342 × 342 comparisons: computed once per process). */
export function directionalNeighbours(points: Point[]): Record<string, Neighbours> {
  const out: Record<string, Neighbours> = {};
  for (const p of points) {
    out[p.code] = {
      up: nearestInDirection(p, points, "up"),
      down: nearestInDirection(p, points, "down"),
      left: nearestInDirection(p, points, "left"),
      right: nearestInDirection(p, points, "right"),
    };
  }
  return out;
}
