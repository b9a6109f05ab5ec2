import { describe, expect, it } from "vitest";
import { prefillAnswers } from "@/lib/questionnaire/prefill";
import type { QuestionDTO } from "@/lib/questionnaire/types";

const q = (key: string, type: QuestionDTO["type"], options: string[] = []): QuestionDTO => ({
  key,
  sectionKey: "s",
  type,
  text: key,
  required: true,
  conditionKey: null,
  options: options.map((k) => ({ key: k, text: k })),
});

const QUESTIONS = [
  q("approach.tracks", "MULTI", ["PHYSICAL_ENVIRONMENT", "PARTICIPATION"]),
  q("approach.stage", "SINGLE", ["POLICY", "INTEGRATED"]),
  q("monitoring.attention", "BOOLEAN"),
  q("support.integrated_approach", "LIKERT_HELP", ["HELPED", "STRONGLY_HELPED"]),
  q("reflection.proud_of", "TEXT"),
  q("funding.supplements", "MULTI", ["FUNDS"]),
];

describe("prefillAnswers", () => {
  it("takes over last round's answers for questions asked again", () => {
    const { answers, keys } = prefillAnswers(QUESTIONS, {
      "approach.tracks": ["PHYSICAL_ENVIRONMENT", "PARTICIPATION"],
      "approach.stage": ["POLICY"],
      "monitoring.attention": false,
      "support.integrated_approach": ["HELPED"],
      "funding.supplements": [],
    });
    expect(answers).toEqual({
      "approach.tracks": ["PHYSICAL_ENVIRONMENT", "PARTICIPATION"],
      "approach.stage": ["POLICY"],
      "monitoring.attention": false,
      "support.integrated_approach": ["HELPED"],
      "funding.supplements": [],
    });
    expect(keys.sort()).toEqual(["approach.stage", "approach.tracks", "funding.supplements", "monitoring.attention", "support.integrated_approach"]);
  });

  it("does not take over texts (they describe that year)", () => {
    expect(prefillAnswers(QUESTIONS, { "reflection.proud_of": "De wijkaanpak" }).answers).toEqual({});
  });

  it("skips answers with an option that no longer exists, and questions not asked this round", () => {
    const { answers } = prefillAnswers(QUESTIONS, {
      "approach.stage": ["AGENDA"],
      "approach.tracks": ["PHYSICAL_ENVIRONMENT", "GONE"],
      "residents.low_ses_involved": true,
    });
    expect(answers).toEqual({});
  });

  it("skips values of the wrong shape", () => {
    expect(prefillAnswers(QUESTIONS, { "monitoring.attention": ["yes"], "approach.stage": ["POLICY", "INTEGRATED"] }).answers).toEqual({});
  });

  it("copies lists, so changing the prefill does not change the source", () => {
    const source = { "approach.tracks": ["PARTICIPATION"] };
    const { answers } = prefillAnswers(QUESTIONS, source);
    (answers["approach.tracks"] as string[]).push("PHYSICAL_ENVIRONMENT");
    expect(source["approach.tracks"]).toEqual(["PARTICIPATION"]);
  });
});
