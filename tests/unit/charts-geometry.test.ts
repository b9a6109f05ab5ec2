import { describe, expect, it } from "vitest";
import { markerPath, spreadLabels, TREND_FRAME, xScale, yScale } from "@/components/charts/trend-geometry";

describe("trend chart geometry", () => {
  it("places years by time between the margins", () => {
    const x = xScale([2015, 2019, 2021]);
    const left = TREND_FRAME.left;
    const right = TREND_FRAME.width - TREND_FRAME.right;
    expect(x(2015)).toBe(left);
    expect(x(2021)).toBe(right);
    expect(x(2019)).toBeCloseTo(left + ((right - left) * 4) / 6);
    expect(xScale([2021])(2021)).toBe((left + right) / 2);
  });
  it("puts 0% at the bottom, 100% at the top, clamped", () => {
    const y = yScale();
    expect(y(0)).toBe(TREND_FRAME.height - TREND_FRAME.bottom);
    expect(y(1)).toBe(TREND_FRAME.top);
    expect(y(2)).toBe(TREND_FRAME.top);
  });
  it("spreads end labels at least a gap apart, in input order, within bounds", () => {
    expect(spreadLabels([50, 52, 100], 10, 0, 200)).toEqual([50, 60, 100]);
    expect(spreadLabels([195, 198], 10, 0, 200)).toEqual([190, 200]);
    expect(spreadLabels([52, 50], 10, 0, 200)).toEqual([60, 50]);
    expect(spreadLabels([], 10, 0, 200)).toEqual([]);
  });
  it("draws closed markers of each shape", () => {
    for (const m of ["circle", "square", "triangle", "diamond"] as const) expect(markerPath(m, 10, 10)).toMatch(/^M.*z$/);
  });
});
