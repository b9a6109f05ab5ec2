import { describe, expect, it } from "vitest";
import { groupByMonth, toEvent, type TimelineRow } from "@/lib/timeline/shape";

const row = (at: string, kind: string, data: Record<string, unknown> | null = null, actor: string | null = null): TimelineRow => ({ at, kind, ref: "r", actor, dateOnly: false, data });

describe("timeline shaping", () => {
  it("groups the SQL order by month in Dutch time, keeping the order", () => {
    const months = groupByMonth([
      row("2026-11-20T10:00:00Z", "review.return", { year: 2026 }),
      row("2026-10-31T23:30:00Z", "advice", { kind: "CONTENT", mode: "VISIT", followUps: 2 }), // 1 November in Amsterdam
      row("2026-10-02T08:00:00Z", "approach.update", { year: 2026 }),
      row("2025-03-01T08:00:00Z", "initiative.create", { title: "Moestuin" }),
    ]);
    expect(months.map((m) => [m.month, m.events.map((e) => e.kind)])).toEqual([
      ["2026-11", ["review.return", "advice"]],
      ["2026-10", ["approach.update"]],
      ["2025-03", ["initiative.create"]],
    ]);
  });

  it("gives each event its message key, group and values (years as text, no nulls)", () => {
    expect(toEvent(row("2026-11-20T10:00:00Z", "review.return", { year: 2026, questionKey: null }, "Adviseur"), 0)).toMatchObject({
      kind: "review.return",
      messageKey: "review_return",
      group: "questionnaire",
      actor: "Adviseur",
      values: { year: "2026" },
    });
    expect(toEvent(row("2026-11-20T10:00:00Z", "followUp.done", { description: "Bellen" }), 1)).toMatchObject({ group: "advice", messageKey: "followUp_done" });
    expect(toEvent(row("2026-11-20T10:00:00Z", "adviser.start", { name: "X" }), 2).group).toBe("people");
  });

  it("shows unknown audit actions as a generic event instead of failing", () => {
    expect(toEvent(row("2026-11-20T10:00:00Z", "something.new"), 0)).toMatchObject({ kind: "other", messageKey: "other", group: "other" });
  });
});
