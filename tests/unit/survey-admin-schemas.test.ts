import { describe, expect, it } from "vitest";
import { CreateQuestionSchema, CreateRoundSchema, optionsFromForm } from "@/lib/survey-admin/schemas";

describe("survey admin forms", () => {
  it("a round closes after it opens", () => {
    expect(CreateRoundSchema.safeParse({ year: "2027", opensAt: "2027-03-01", closesAt: "2027-06-01" }).success).toBe(true);
    const bad = CreateRoundSchema.safeParse({ year: "2027", opensAt: "2027-06-01", closesAt: "2027-06-01" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ["closesAt"], message: "surveyAdmin.validation.closesAfterOpens" });
  });

  it("option rows come in order; blank spare rows are dropped", () => {
    const form = { "option.1.key": "B", "option.1.textNl": "b", "option.1.textEn": "b", "option.0.key": "A", "option.0.textNl": "a", "option.0.textEn": "a", "option.2.key": "", "option.2.textNl": "", "option.2.textEn": " " };
    expect(optionsFromForm(form).map((o) => o.key)).toEqual(["A", "B"]);
  });

  it("question and option keys follow the stable key format", () => {
    const base = { type: "SINGLE", sectionKey: "approach", sortOrder: "1", textNl: "v", textEn: "q", required: "on", options: [] };
    expect(CreateQuestionSchema.safeParse({ ...base, key: "approach.new_thing" }).success).toBe(true);
    expect(CreateQuestionSchema.safeParse({ ...base, key: "Approach new" }).success).toBe(false);
    const option = CreateQuestionSchema.safeParse({ ...base, key: "a.b", options: [{ key: "lower", textNl: "x", textEn: "x" }] });
    expect(option.error?.issues[0]?.message).toBe("surveyAdmin.validation.optionKey");
  });
});
