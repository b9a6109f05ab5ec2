import { describe, expect, it } from "vitest";
import { comparisonTone, shapeMatrix, share, type MatrixRow } from "@/lib/workspace/matrix";

const TRACKS = ["A", "B", "C"];
const PILLARS = [1, 2];

describe("shapeMatrix", () => {
  it("places cells, totals and the grand total from GROUPING SETS rows, and names the gaps", () => {
    const rows: MatrixRow[] = [
      { track: "A", pillar: 1, grouping: 0, count: 2 },
      { track: "A", pillar: 2, grouping: 0, count: 1 },
      { track: "B", pillar: 2, grouping: 0, count: 3 },
      { track: "A", pillar: null, grouping: 1, count: 2 },
      { track: "B", pillar: null, grouping: 1, count: 3 },
      { track: null, pillar: 1, grouping: 2, count: 2 },
      { track: null, pillar: 2, grouping: 2, count: 4 },
      { track: null, pillar: null, grouping: 3, count: 5 },
    ];
    const m = shapeMatrix(TRACKS, PILLARS, rows);
    expect(m.cells).toEqual([
      [2, 1],
      [0, 3],
      [0, 0],
    ]);
    expect(m.trackTotals).toEqual([2, 3, 0]);
    expect(m.pillarTotals).toEqual([2, 4]);
    expect(m.total).toBe(5);
    expect(m.emptyTracks).toEqual(["C"]);
    expect(m.emptyPillars).toEqual([]);
    expect(m.emptyCells).toBe(3);
  });

  it("ignores initiatives without a track or pillar in the grid but keeps them in the total", () => {
    const rows: MatrixRow[] = [
      { track: null, pillar: null, grouping: 0, count: 1 }, // an initiative with neither
      { track: "A", pillar: null, grouping: 0, count: 1 }, // a track without a pillar
      { track: "A", pillar: null, grouping: 1, count: 1 },
      { track: null, pillar: null, grouping: 1, count: 1 }, // the "no track" total
      { track: null, pillar: null, grouping: 3, count: 2 },
    ];
    const m = shapeMatrix(TRACKS, PILLARS, rows);
    expect(m.cells.flat().every((c) => c === 0)).toBe(true);
    expect(m.trackTotals).toEqual([1, 0, 0]);
    expect(m.total).toBe(2);
    expect(m.emptyPillars).toEqual([1, 2]);
  });

  it("is all zeros without rows", () => {
    const m = shapeMatrix(TRACKS, PILLARS, []);
    expect(m.total).toBe(0);
    expect(m.emptyCells).toBe(6);
    expect(m.emptyTracks).toEqual(TRACKS);
  });

  it("ignores codes it does not know", () => {
    const m = shapeMatrix(TRACKS, PILLARS, [{ track: "Z", pillar: 9, grouping: 0, count: 4 }]);
    expect(m.cells.flat()).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe("share and comparisonTone", () => {
  it("has no share without a denominator", () => {
    expect(share(0, 0)).toBeNull();
    expect(share(7, 10)).toBeCloseTo(0.7);
  });

  it("calls out a gap when most do it and this municipality does not", () => {
    expect(comparisonTone(false, { yes: 7, n: 10 })).toBe("gap");
    expect(comparisonTone(false, { yes: 5, n: 10 })).toBe("gap");
    expect(comparisonTone(false, { yes: 4, n: 10 })).toBe("same");
    expect(comparisonTone(true, { yes: 4, n: 10 })).toBe("ahead");
    expect(comparisonTone(true, { yes: 9, n: 10 })).toBe("same");
    expect(comparisonTone(false, { yes: 0, n: 0 })).toBe("none");
  });
});
