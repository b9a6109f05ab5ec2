import { describe, expect, it } from "vitest";
import { buildSummary } from "@/lib/imports/summary";

describe("buildSummary", () => {
  it("adds up per question over rounds and per round over questions, in bank order", () => {
    const s = buildSummary(
      [
        { key: "b.q", year: 2021, rows: 3, new: 1, changed: 1, unchanged: 1 },
        { key: "a.q", year: 2021, rows: 2, new: 2, changed: 0, unchanged: 0 },
        { key: "a.q", year: 2019, rows: 1, new: 0, changed: 0, unchanged: 1 },
      ],
      [
        { year: 2021, municipalities: 2, created: 1, accepted: 1 },
        { year: 2019, municipalities: 1, created: 0, accepted: 0 },
      ],
      { roundsToCreate: [2019], errors: [{ row: 5, code: "wrongType" }, { row: 6, code: "wrongType" }, { row: 7, code: "notGids" }], questionOrder: new Map([["b.q", 1], ["a.q", 2]]) },
    );
    expect(s.questions.map((q) => [q.key, q.rows, q.new, q.changed, q.unchanged])).toEqual([
      ["b.q", 3, 1, 1, 1],
      ["a.q", 3, 2, 0, 1],
    ]);
    expect(s.rounds.map((r) => [r.year, r.rows, r.createRound, r.responsesCreated])).toEqual([
      [2019, 1, true, 0],
      [2021, 5, false, 1],
    ]);
    expect(s.totals).toEqual({ rows: 6, new: 3, changed: 1, unchanged: 2, responsesCreated: 1, responsesAccepted: 1, errors: 3 });
    expect(s.errorsByCode).toEqual({ wrongType: 2, notGids: 1 });
  });

  it("is empty for nothing staged", () => {
    expect(buildSummary([], [], { roundsToCreate: [], errors: [], questionOrder: new Map() }).totals).toMatchObject({ rows: 0, errors: 0 });
  });
});
