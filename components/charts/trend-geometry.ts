// Geometry of the server-rendered trend chart. Pure, no framework.

export type Frame = { width: number; height: number; left: number; right: number; top: number; bottom: number };
export const TREND_FRAME: Frame = { width: 720, height: 230, left: 44, right: 270, top: 12, bottom: 28 };

/** x of a year: years are placed by time (2015 → 2019 is twice 2019 → 2021), not evenly. */
export function xScale(years: number[], f: Frame = TREND_FRAME): (year: number) => number {
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  const span = f.width - f.left - f.right;
  return (year) => (hi === lo ? f.left + span / 2 : f.left + ((year - lo) / (hi - lo)) * span);
}

/** y of a share 0–1 (0 at the bottom). */
export function yScale(f: Frame = TREND_FRAME): (share: number) => number {
  const span = f.height - f.top - f.bottom;
  return (share) => f.top + (1 - Math.min(1, Math.max(0, share))) * span;
}

/**
 * End labels that do not overlap: sorted top to bottom, each at least `gap` below the previous, then
 * pushed back up if the last ran past `max`. Returns positions in the input order.
 */
export function spreadLabels(ys: number[], gap: number, min: number, max: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, k === 0 ? min : placed[k - 1]! + gap);
  for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.min(placed[k]!, k === placed.length - 1 ? max : placed[k + 1]! - gap);
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}

/** Series colours: dark enough for 4.5:1 text on white; markers differ too, so colour is not the only cue. */
export const SERIES_COLOURS = ["#01689b", "#b3451b", "#1a7f5a", "#8e3b8a", "#7a5c00", "#154273", "#4d4d4d", "#a6175b"] as const;
export const MARKERS = ["circle", "square", "triangle", "diamond"] as const;
export type Marker = (typeof MARKERS)[number];

/** SVG path of a marker centred on (x, y). */
export function markerPath(marker: Marker, x: number, y: number, r = 4.5): string {
  switch (marker) {
    case "circle":
      return `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
    case "square":
      return `M${x - r} ${y - r}h${2 * r}v${2 * r}h${-2 * r}z`;
    case "triangle":
      return `M${x} ${y - r * 1.2}l${r * 1.1} ${r * 2}h${-r * 2.2}z`;
    case "diamond":
      return `M${x} ${y - r * 1.3}l${r * 1.3} ${r * 1.3}l${-r * 1.3} ${r * 1.3}l${-r * 1.3} ${-r * 1.3}z`;
  }
}
