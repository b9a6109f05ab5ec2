// Question and option texts for charts and tables. Pure: texts come in from the question bank (database)
// and the translations of the fixed answers (yes/no, the likert levels, "helped or strongly helped").
import type { QuestionLabelDTO } from "@/lib/reference/queries";

export type LabelRecord = Record<string, QuestionLabelDTO>;
export type FixedAnswers = Record<string, string>;

export type Labeller = {
  question: (key: string) => string;
  option: (questionKey: string, optionKey: string) => string;
  section: (questionKey: string) => { key: string; name: string; order: number };
};

export function makeLabeller(labels: LabelRecord, fixed: FixedAnswers): Labeller {
  return {
    question: (key) => labels[key]?.text ?? key,
    // Booleans and the derived likert row have no stored option: their texts are fixed translations.
    option: (questionKey, optionKey) => labels[questionKey]?.options[optionKey] ?? fixed[optionKey] ?? optionKey,
    section: (key) => {
      const l = labels[key];
      return { key: l?.sectionKey ?? "", name: l?.sectionName ?? "", order: l?.sectionOrder ?? Number.MAX_SAFE_INTEGER };
    },
  };
}
