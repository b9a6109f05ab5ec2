import { readFileSync } from "node:fs";
import path from "node:path";
import { geoArea } from "d3-geo";
import type { FeatureCollection, Feature, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { bucketIndex, shareBuckets, SHARE_COLOURS } from "@/lib/geo/legend";
import { directionalNeighbours, nearestInDirection } from "@/lib/geo/neighbours";
import { CompactPath, projectMap, rewind, SCALE } from "@/lib/geo/project";

type Props = { statcode: string; statnaam: string };
const square = (code: string, x: number, y: number, ccw = true): Feature<Polygon, Props> => {
  const ring = [[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]];
  return { type: "Feature", properties: { statcode: code, statnaam: code }, geometry: { type: "Polygon", coordinates: [ccw ? ring : [...ring].reverse()] } };
};

describe("rewind", () => {
  it("turns an RFC 7946 (counter-clockwise) ring around so d3 sees the small area", () => {
    const f = square("A", 5, 52);
    expect(geoArea(f)).toBeGreaterThan(2 * Math.PI);
    const r = rewind(f);
    expect(geoArea(r)).toBeLessThan(1e-4);
    expect(rewind(r)).toBe(r);
  });
});

describe("CompactPath", () => {
  it("writes whole, relative commands and drops repeated points", () => {
    const p = new CompactPath();
    p.moveTo(10.4, 20.6);
    p.lineTo(15.2, 20.6);
    p.lineTo(15.4, 20.9);
    p.lineTo(15, 10);
    p.closePath();
    p.moveTo(30, 30);
    p.lineTo(31, 29);
    p.closePath();
    expect(p.toString()).toBe("M10 21l5 0l0-11zm20 9l1-1z");
  });
});

describe("projectMap", () => {
  const fc = (features: Feature[]) => ({ type: "FeatureCollection", features }) as FeatureCollection;
  it("fits the shapes to the width and keeps west left and north up", () => {
    const m = projectMap(fc([square("W", 4, 52), square("E", 6, 52), square("N", 5, 53)]), fc([square("P", 4, 52)]), 100);
    expect(m.width).toBe(100);
    const [w, e, n] = m.shapes;
    expect(w!.cx).toBeLessThan(e!.cx);
    expect(n!.cy).toBeLessThan(w!.cy);
    for (const s of m.shapes) {
      expect(s.cx).toBeGreaterThanOrEqual(0);
      expect(s.cx).toBeLessThanOrEqual(100 * SCALE);
      expect(s.d).toMatch(/^M\d+ \d+(l-?\d+-?\d+|l-?\d+ -?\d+)+z$/);
    }
    expect(m.outlines).toHaveLength(1);
  });

  it("projects the real municipalities into a Netherlands-shaped, compact map", () => {
    const read = (f: string) => JSON.parse(readFileSync(path.join("lib/geo/data", f), "utf8")) as FeatureCollection;
    const m = projectMap(read("gemeenten_2025.geojson"), read("provincies_2025.geojson"), 560);
    expect(m.shapes).toHaveLength(342);
    expect(m.outlines).toHaveLength(12);
    expect(m.height / m.width).toBeGreaterThan(1);
    expect(m.height / m.width).toBeLessThan(1.4);
    const chars = m.shapes.reduce((a, s) => a + s.d.length, 0);
    expect(chars).toBeLessThan(60_000);
    const byName = new Map(m.shapes.map((s) => [s.name, s]));
    expect(byName.get("Groningen")!.cy).toBeLessThan(byName.get("Maastricht")!.cy);
    expect(byName.get("Vlissingen")!.cx).toBeLessThan(byName.get("Enschede")!.cx);
  });
});

describe("keyboard neighbours", () => {
  const pts = [
    { code: "C", x: 0, y: 0 },
    { code: "R", x: 10, y: 0 },
    { code: "UR", x: 6, y: -6 },
    { code: "U", x: 1, y: -12 },
    { code: "FAR", x: 30, y: 1 },
  ];
  it("picks the nearest shape within 60° of the direction, preferring the axis", () => {
    expect(nearestInDirection(pts[0]!, pts, "right")).toBe("R");
    expect(nearestInDirection(pts[0]!, pts, "up")).toBe("U");
    expect(nearestInDirection(pts[0]!, pts, "left")).toBeNull();
    expect(nearestInDirection(pts[0]!, pts, "down")).toBeNull();
  });
  it("gives every point four directions", () => {
    const all = directionalNeighbours(pts);
    expect(all.R).toEqual({ up: "UR", down: null, left: "C", right: "FAR" });
  });
});

describe("legend buckets", () => {
  it("puts shares in five classes, lower bound inclusive", () => {
    expect([0, 0.19, 0.2, 0.59, 0.6, 0.8, 1, 1.2, -1].map(bucketIndex)).toEqual([0, 0, 1, 2, 3, 4, 4, 4, 0]);
  });
  it("describes the classes with their colours", () => {
    expect(shareBuckets().map((b) => [b.from, b.to, b.colour])).toEqual([
      [0, 0.2, SHARE_COLOURS[0]],
      [0.2, 0.4, SHARE_COLOURS[1]],
      [0.4, 0.6, SHARE_COLOURS[2]],
      [0.6, 0.8, SHARE_COLOURS[3]],
      [0.8, 1, SHARE_COLOURS[4]],
    ]);
  });
});
