import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import { directionalNeighbours, type Neighbours } from "./neighbours";
import { projectMap, type ProjectedMap } from "./project";

// The projected map, computed once per server process from the GeoJSON in lib/geo/data (a few ms) and kept:
// geometry never changes at runtime. Only SVG path strings leave the server.

export type MapGeometry = ProjectedMap & { neighbours: Record<string, Neighbours> };

/** Displayed width in CSS pixels of the map's viewBox (it scales to its container). */
export const MAP_WIDTH = 560;

const DATA_DIR = path.join(process.cwd(), "lib", "geo", "data");
let geometry: MapGeometry | undefined;

function read(file: string): FeatureCollection {
  return JSON.parse(readFileSync(path.join(DATA_DIR, file), "utf8")) as FeatureCollection;
}

export function mapGeometry(): MapGeometry {
  if (!geometry) {
    const projected = projectMap(read("gemeenten_2025.geojson"), read("provincies_2025.geojson"), MAP_WIDTH);
    const neighbours = directionalNeighbours(projected.shapes.map((s) => ({ code: s.code, x: s.cx, y: s.cy })));
    geometry = { ...projected, neighbours };
  }
  return geometry;
}
