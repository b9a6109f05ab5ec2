import { describe, expect, it } from "vitest";
import { buildSignals, questionnaireWeight, triage } from "@/lib/caseload/signals";
import { applyCaseloadView, parseCaseloadView } from "@/lib/caseload/view";
import { SIGNAL_KEYS, type CaseloadRow, type SignalKey } from "@/lib/caseload/types";

const none = Object.fromEntries(SIGNAL_KEYS.map((k) => [k, false])) as Record<SignalKey, boolean>;

function row(name: string, fire: SignalKey[] = [], extra: Partial<CaseloadRow> = {}): CaseloadRow {
  return {
    code: `GM${name}`,
    name,
    roundYear: 2026,
    closesAt: "2027-03-01",
    daysToDeadline: 96,
    questionnaireStatus: "ACCEPTED",
    submittedAt: null,
    approachYear: 2026,
    approachUpdatedOn: "2026-01-01",
    approachAgeDays: 328,
    monitoringAttention: true,
    lowSesInvolved: true,
    missingTracks: [],
    pillarsNotStarted: [],
    servantLeftOn: null,
    lastAdviceOn: "2026-11-01",
    daysSinceAdvice: 24,
    followUpsOverdue: 0,
    oldestOverdueOn: null,
    ...extra,
    fires: { ...none, ...Object.fromEntries(fire.map((k) => [k, true])) },
  };
}

describe("buildSignals", () => {
  it("says why each signal fired, heaviest first", () => {
    const s = buildSignals(
      row("A", ["questionnaire", "tracks", "followUps", "stale"], {
        questionnaireStatus: "NOT_STARTED",
        missingTracks: ["PARTICIPATION", "SOCIAL_ENVIRONMENT"],
        followUpsOverdue: 2,
        oldestOverdueOn: "2026-10-01",
      }),
    );
    expect(s.map((x) => x.key)).toEqual(["followUps", "questionnaire", "stale", "tracks"]);
    expect(s[1]).toMatchObject({ values: { status: "NOT_STARTED", when: "ahead", days: 96 }, weight: 3, severity: "medium" });
    expect(s[0]).toMatchObject({ values: { count: 2, date: "2026-10-01" }, severity: "high" });
    expect(s[2]!.values).toMatchObject({ year: "2026", months: 10 });
    expect(s[3]!.items).toEqual({ type: "track", keys: ["PARTICIPATION", "SOCIAL_ENVIRONMENT"] });
  });

  it("fires nothing when the SQL fired nothing", () => {
    expect(buildSignals(row("B"))).toEqual([]);
  });

  it("tells unknown from no, and never-advised from quiet", () => {
    expect(buildSignals(row("C", ["lowSes"], { lowSesInvolved: null }))[0]!.values).toEqual({ known: "unknown" });
    expect(buildSignals(row("C", ["monitoring"], { monitoringAttention: false }))[0]!.values).toEqual({ known: "no" });
    expect(buildSignals(row("C", ["noAdvice"], { lastAdviceOn: null, daysSinceAdvice: null }))[0]!.values).toEqual({ never: "yes", days: 0 });
  });

  it("marks a missed deadline as late with the days since", () => {
    const s = buildSignals(row("D", ["questionnaire"], { questionnaireStatus: "DRAFT", daysToDeadline: -3 }))[0]!;
    expect(s.values).toEqual({ status: "DRAFT", when: "late", days: 3 });
  });
});

describe("questionnaireWeight", () => {
  it("weighs waiting-for-review and near or missed deadlines most", () => {
    expect(questionnaireWeight("SUBMITTED", 96)).toBe(6);
    expect(questionnaireWeight("NOT_STARTED", -1)).toBe(7);
    expect(questionnaireWeight("NOT_STARTED", 30)).toBe(5);
    expect(questionnaireWeight("NOT_STARTED", 31)).toBe(3);
    expect(questionnaireWeight("DRAFT", 10)).toBe(4);
    expect(questionnaireWeight("RETURNED", 10)).toBe(2);
    expect(questionnaireWeight("ACCEPTED", 10)).toBe(0);
  });
});

describe("triage", () => {
  it("orders by total weight, then heaviest signal, then deadline, then name", () => {
    const items = triage([
      row("Zeist"),
      row("Amersfoort"),
      row("Emmen", ["turnover"]), // 4
      row("Helmond", ["noAdvice", "tracks"], { missingTracks: ["PARTICIPATION"] }), // 3 + 1 = 4, heaviest 3
      row("Oss", ["followUps"], { followUpsOverdue: 1 }), // 6
    ]);
    expect(items.map((i) => i.name)).toEqual(["Oss", "Emmen", "Helmond", "Amersfoort", "Zeist"]);
    expect(items[0]!.score).toBe(6);
  });

  it("puts the nearer deadline first on an equal score", () => {
    const items = triage([row("A", ["turnover"], { daysToDeadline: 50 }), row("B", ["turnover"], { daysToDeadline: 5 })]);
    expect(items.map((i) => i.name)).toEqual(["B", "A"]);
  });
});

describe("caseload view (sort and filter from the URL)", () => {
  const items = triage([
    row("Oss", ["followUps"], { followUpsOverdue: 3, daysSinceAdvice: 10 }),
    row("Emmen", ["turnover", "questionnaire"], { questionnaireStatus: "DRAFT", daysToDeadline: 96 }),
    row("Assen", [], { daysSinceAdvice: null, lastAdviceOn: null, daysToDeadline: null }),
  ]);

  it("falls back to triage for unknown parameters", () => {
    expect(parseCaseloadView({ sort: "drop table", signal: "nope", status: ["DRAFT", "X"] })).toEqual({ sort: "triage", dir: undefined, signal: undefined, status: "DRAFT", q: undefined, pagina: 1 });
  });

  it("filters by signal, questionnaire status and name", () => {
    expect(applyCaseloadView(items, parseCaseloadView({ signal: "turnover" })).map((i) => i.name)).toEqual(["Emmen"]);
    expect(applyCaseloadView(items, parseCaseloadView({ status: "ACCEPTED" })).map((i) => i.name)).toEqual(["Oss", "Assen"]);
    expect(applyCaseloadView(items, parseCaseloadView({ q: "  as " })).map((i) => i.name)).toEqual(["Assen"]);
  });

  it("sorts by name, advice silence (never = longest) and follow-ups", () => {
    expect(applyCaseloadView(items, parseCaseloadView({ sort: "name" })).map((i) => i.name)).toEqual(["Assen", "Emmen", "Oss"]);
    expect(applyCaseloadView(items, parseCaseloadView({ sort: "name", dir: "desc" })).map((i) => i.name)).toEqual(["Oss", "Emmen", "Assen"]);
    expect(applyCaseloadView(items, parseCaseloadView({ sort: "advice" })).map((i) => i.name)[0]).toBe("Assen");
    expect(applyCaseloadView(items, parseCaseloadView({ sort: "followUps" })).map((i) => i.name)[0]).toBe("Oss");
    expect(applyCaseloadView(items, parseCaseloadView({ sort: "deadline" })).map((i) => i.name).at(-1)).toBe("Assen");
  });
});
