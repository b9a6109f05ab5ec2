// Colours and legend of the choropleth. Pure.

/** Five equal share classes, so maps of different questions read the same way. Lower bound inclusive. */
export const SHARE_BREAKS = [0, 0.2, 0.4, 0.6, 0.8] as const;

/** Sequential blues (light → dark), distinguishable in greyscale and for common colour blindness. */
export const SHARE_COLOURS = ["#deebf7", "#9ecae1", "#6baed6", "#2171b5", "#08306b"] as const;

export type Bucket = { index: number; from: number; to: number; colour: string };

/** The class of a share 0–1: [0, 0.2) → 0 … [0.8, 1] → 4. Values outside 0–1 are clamped. */
export function bucketIndex(share: number): number {
  const s = Math.min(1, Math.max(0, share));
  let index = 0;
  SHARE_BREAKS.forEach((b, i) => {
    if (s >= b) index = i;
  });
  return index;
}

export function shareBuckets(): Bucket[] {
  return SHARE_BREAKS.map((from, index) => ({ index, from, to: SHARE_BREAKS[index + 1] ?? 1, colour: SHARE_COLOURS[index]! }));
}

/** Categories of the municipality map. */
export const CATEGORIES = ["chosen", "notChosen", "notAnswered", "noResponse", "notGids"] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_FILL: Record<Category, string> = {
  chosen: "#08306b",
  notChosen: "#9ecae1",
  notAnswered: "#f1f1f1",
  noResponse: "#d4d4d4",
  notGids: "url(#map-hatch)",
};
