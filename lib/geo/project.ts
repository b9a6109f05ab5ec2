// Projects GeoJSON to compact SVG path strings on the server (d3-geo). Pure: takes the parsed GeoJSON.
import { geoArea, geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from "geojson";

export type Shape = { code: string; name: string; d: string; cx: number; cy: number };
export type ProjectedMap = { width: number; height: number; shapes: Shape[]; outlines: Shape[] };

/** Map units per displayed pixel: paths use whole numbers at 10× the view size (0.1 px precision). */
export const SCALE = 10;

type Props = { statcode: string; statnaam: string };
type AreaFeature = Feature<Polygon | MultiPolygon, Props>;

const reverseRings = (rings: Position[][]) => rings.map((r) => [...r].reverse());

/**
 * d3-geo wants exterior rings clockwise; RFC 7946 GeoJSON has them counter-clockwise, which d3 reads as
 * "the whole globe minus this area". A feature whose spherical area exceeds a hemisphere is rewound.
 */
export function rewind<F extends AreaFeature>(feature: F): F {
  if (geoArea(feature as GeoPermissibleObjects) <= 2 * Math.PI) return feature;
  const g = feature.geometry;
  const geometry: Polygon | MultiPolygon =
    g.type === "Polygon" ? { ...g, coordinates: reverseRings(g.coordinates) } : { ...g, coordinates: g.coordinates.map(reverseRings) };
  return { ...feature, geometry };
}

/**
 * A d3 path context that writes whole-number, relative SVG commands and drops points that round onto the
 * previous one: about a third of the size of d3's default output.
 */
export class CompactPath {
  private out: string[] = [];
  private x = 0;
  private y = 0;
  private x0 = 0;
  private y0 = 0;
  private started = false;
  moveTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    this.out.push(this.started ? `m${rx - this.x} ${ry - this.y}` : `M${rx} ${ry}`);
    [this.x, this.y, this.x0, this.y0, this.started] = [rx, ry, rx, ry, true];
  }
  lineTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    if (rx === this.x && ry === this.y) return;
    this.out.push(`l${rx - this.x} ${ry - this.y}`);
    [this.x, this.y] = [rx, ry];
  }
  closePath(): void {
    // After "z" the pen is back at the start of the ring: the next relative move starts from there.
    this.out.push("z");
    [this.x, this.y] = [this.x0, this.y0];
  }
  beginPath(): void {}
  arc(): void {}
  toString(): string {
    return this.out.join("").replace(/ -/g, "-");
  }
}

function pathOf(projection: GeoProjection, geometry: Geometry | AreaFeature): string {
  const ctx = new CompactPath();
  geoPath(projection, ctx)(geometry as GeoPermissibleObjects);
  return ctx.toString();
}

/** An equal-area conic projection centred on the Netherlands, fitted to `width` display pixels. */
export function fitProjection(collection: FeatureCollection, width: number): { projection: GeoProjection; height: number } {
  const projection = geoConicEqualArea().parallels([51, 53.5]).rotate([-5.3, 0]).center([0, 52.2]);
  projection.fitWidth(width * SCALE, collection as GeoPermissibleObjects);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection as GeoPermissibleObjects);
  return { projection, height: Math.ceil((y1 - y0) / SCALE) };
}

function shapesOf(projection: GeoProjection, features: AreaFeature[]): Shape[] {
  const path = geoPath(projection);
  return features.map((f) => {
    const [cx, cy] = path.centroid(f as GeoPermissibleObjects);
    return { code: f.properties.statcode, name: f.properties.statnaam, d: pathOf(projection, f), cx: Math.round(cx), cy: Math.round(cy) };
  });
}

/** Municipalities (interactive shapes) and province outlines, in one projection. */
export function projectMap(municipalities: FeatureCollection, provinces: FeatureCollection, width: number): ProjectedMap {
  const munis = (municipalities.features as AreaFeature[]).map(rewind);
  const provs = (provinces.features as AreaFeature[]).map(rewind);
  const fitted = { type: "FeatureCollection", features: munis } as FeatureCollection;
  const { projection, height } = fitProjection(fitted, width);
  return { width, height, shapes: shapesOf(projection, munis), outlines: shapesOf(projection, provs) };
}
