import { describe, expect, it } from "vitest";
import { answersFromForm, fieldName, noneField, prefillField, sameAnswer } from "@/lib/questionnaire/answers";
import type { QuestionDTO, SectionDTO } from "@/lib/questionnaire/types";
import {
  NOT_APPLICABLE,
  PICK_ONE,
  REQUIRED,
  applicableAnswers,
  isAnswered,
  overallProgress,
  sectionProgress,
  validateAnswers,
} from "@/lib/questionnaire/validation";

const q = (key: string, type: QuestionDTO["type"], extra: Partial<QuestionDTO> = {}): QuestionDTO => ({
  key,
  sectionKey: key.split(".")[0]!,
  type,
  text: key,
  required: type !== "TEXT",
  conditionKey: null,
  options: type === "BOOLEAN" || type === "TEXT" ? [] : [{ key: "A", text: "a" }, { key: "B", text: "b" }, { key: "C", text: "c" }],
  ...extra,
});

const attention = q("monitoring.attention", "BOOLEAN");
const levels = q("monitoring.levels", "MULTI", { conditionKey: "monitoring.attention" });
const stage = q("approach.stage", "SINGLE");
const supplements = q("funding.supplements", "MULTI", { required: false });
const proud = q("reflection.proud_of", "TEXT");
const QUESTIONS = [stage, supplements, attention, levels, proud];
const SECTIONS: SectionDTO[] = [
  { key: "approach", name: "Aanpak", questions: [stage] },
  { key: "funding", name: "Financiering", questions: [supplements] },
  { key: "monitoring", name: "Monitoring", questions: [attention, levels] },
  { key: "reflection", name: "Terugblik", questions: [proud] },
];

describe("validateAnswers", () => {
  it("asks for every required applicable answer", () => {
    expect(validateAnswers(QUESTIONS, {})).toEqual({ "approach.stage": REQUIRED, "monitoring.attention": REQUIRED });
  });

  it("asks for monitoring levels only when monitoring is yes (condition_key)", () => {
    expect(validateAnswers(QUESTIONS, { "approach.stage": ["A"], "monitoring.attention": false })).toEqual({});
    expect(validateAnswers(QUESTIONS, { "approach.stage": ["A"], "monitoring.attention": true })).toEqual({ "monitoring.levels": REQUIRED });
  });

  it("refuses an answer to a question that does not apply", () => {
    const errors = validateAnswers(QUESTIONS, { "approach.stage": ["A"], "monitoring.attention": false, "monitoring.levels": ["A"] });
    expect(errors).toEqual({ "monitoring.levels": NOT_APPLICABLE });
  });

  it("needs at least one choice for a required multi, while 'none' answers an optional one", () => {
    const errors = validateAnswers(QUESTIONS, { "approach.stage": ["A"], "monitoring.attention": true, "monitoring.levels": [], "funding.supplements": [] });
    expect(errors).toEqual({ "monitoring.levels": PICK_ONE });
    expect(isAnswered(supplements, [])).toBe(true);
    expect(isAnswered(levels, [])).toBe(false);
  });

  it("treats blank text and a single without a choice as unanswered", () => {
    expect(isAnswered(proud, "  ")).toBe(false);
    expect(isAnswered(stage, [])).toBe(false);
    expect(isAnswered(stage, ["A", "B"])).toBe(false);
  });
});

describe("applicableAnswers", () => {
  it("drops answers of questions whose condition is not yes", () => {
    expect(applicableAnswers(QUESTIONS, { "monitoring.attention": false, "monitoring.levels": ["A"], "approach.stage": ["B"] })).toEqual({
      "monitoring.attention": false,
      "approach.stage": ["B"],
    });
  });
});

describe("sectionProgress", () => {
  it("counts applicable questions and answered ones per section", () => {
    const p = sectionProgress(SECTIONS, { "approach.stage": ["A"], "monitoring.attention": true });
    expect(p).toEqual([
      { key: "approach", answered: 1, applicable: 1, complete: true },
      { key: "funding", answered: 0, applicable: 1, complete: true },
      { key: "monitoring", answered: 1, applicable: 2, complete: false },
      { key: "reflection", answered: 0, applicable: 1, complete: true },
    ]);
    expect(overallProgress(p)).toBeCloseTo(2 / 5);
  });

  it("does not count a conditional question whose condition is no", () => {
    const p = sectionProgress(SECTIONS, { "monitoring.attention": false });
    expect(p[2]).toEqual({ key: "monitoring", answered: 1, applicable: 1, complete: true });
  });
});

describe("answersFromForm", () => {
  const form = (entries: [string, string][]) => {
    const fd = new FormData();
    for (const [k, v] of entries) fd.append(k, v);
    return fd;
  };

  it("reads each type with the form's naming convention", () => {
    const parsed = answersFromForm(
      QUESTIONS,
      form([
        [fieldName("approach.stage"), "B"],
        [noneField("funding.supplements"), "on"],
        [fieldName("monitoring.attention"), "yes"],
        [`${fieldName("monitoring.levels")}[]`, "C"],
        [`${fieldName("monitoring.levels")}[]`, "A"],
        [fieldName("reflection.proud_of"), "  De wijkaanpak  "],
        [prefillField("approach.stage"), "1"],
      ]),
    );
    expect(parsed.errors).toEqual({});
    expect(parsed.answers).toEqual({
      "approach.stage": ["B"],
      "funding.supplements": [],
      "monitoring.attention": true,
      "monitoring.levels": ["A", "C"],
      "reflection.proud_of": "De wijkaanpak",
    });
    expect(parsed.prefilled).toEqual(["approach.stage"]);
  });

  it("reports unknown options and leaves unanswered questions out", () => {
    const parsed = answersFromForm(QUESTIONS, form([[fieldName("approach.stage"), "Z"], [fieldName("monitoring.attention"), "maybe"]]));
    expect(parsed.errors).toEqual({ "approach.stage": "workspace.validation.invalidChoice", "monitoring.attention": "workspace.validation.invalidChoice" });
    expect(parsed.answers).toEqual({});
  });

  it("compares answers regardless of choice order", () => {
    expect(sameAnswer(["A", "B"], ["B", "A"])).toBe(true);
    expect(sameAnswer(["A"], ["A", "B"])).toBe(false);
    expect(sameAnswer(true, true)).toBe(true);
    expect(sameAnswer(undefined, false)).toBe(false);
  });
});
