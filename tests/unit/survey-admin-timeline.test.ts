import { describe, expect, it } from "vitest";
import { DAILY_LIMIT, shapeResponseTimeline } from "@/lib/survey-admin/timeline";

describe("shapeResponseTimeline", () => {
  const opts = { opensAt: "2026-10-01", closesAt: "2026-10-10", today: "2026-10-05", total: 10 };

  it("is cumulative per day from opening to today, as a share of the total", () => {
    const points = shapeResponseTimeline([{ day: "2026-10-02", count: 2 }, { day: "2026-10-04", count: 3 }], opts);
    expect(points).toEqual([
      { date: "2026-10-01", respondents: 0, rate: 0 },
      { date: "2026-10-02", respondents: 2, rate: 0.2 },
      { date: "2026-10-03", respondents: 2, rate: 0.2 },
      { date: "2026-10-04", respondents: 5, rate: 0.5 },
      { date: "2026-10-05", respondents: 5, rate: 0.5 },
    ]);
  });

  it("stops at the closing date, but shows a late submission on its day", () => {
    expect(shapeResponseTimeline([], { ...opts, today: "2026-12-01" }).at(-1)?.date).toBe("2026-10-10");
    const late = shapeResponseTimeline([{ day: "2026-10-12", count: 1 }], { ...opts, today: "2026-12-01" });
    expect(late.at(-1)).toEqual({ date: "2026-10-12", respondents: 1, rate: 0.1 });
  });

  it("counts submissions before the opening on the first day", () => {
    expect(shapeResponseTimeline([{ day: "2026-09-20", count: 4 }], opts)[0]).toEqual({ date: "2026-10-01", respondents: 4, rate: 0.4 });
  });

  it("is empty before the round opens, and has no rate without municipalities", () => {
    expect(shapeResponseTimeline([], { ...opts, today: "2026-09-01" })).toEqual([]);
    expect(shapeResponseTimeline([{ day: "2026-10-02", count: 1 }], { ...opts, total: 0 })[1]?.rate).toBe(0);
  });

  it("uses weekly points for long rounds and always includes the last day", () => {
    const points = shapeResponseTimeline([{ day: "2027-02-27", count: 7 }], { opensAt: "2026-10-01", closesAt: "2027-03-01", today: "2027-03-01", total: 7 });
    expect(points.length).toBeLessThan(DAILY_LIMIT);
    expect(points[1]?.date).toBe("2026-10-08");
    expect(points.at(-1)).toEqual({ date: "2027-03-01", respondents: 7, rate: 1 });
  });
});
