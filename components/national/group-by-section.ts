import type { QuestionLabelDTO } from "@/lib/reference/queries";
import type { QuestionResultDTO } from "@/lib/surveys/types";

export type SectionResults = {
  key: string;
  name: string;
  items: { result: QuestionResultDTO; label?: QuestionLabelDTO }[];
};

/** Groups a round's question results by questionnaire section, sections in questionnaire order. */
export function groupBySection(questions: QuestionResultDTO[], labels: Map<string, QuestionLabelDTO>): SectionResults[] {
  const sections = new Map<string, SectionResults & { order: number }>();
  for (const result of questions) {
    const label = labels.get(result.key);
    const key = label?.sectionKey ?? "";
    let section = sections.get(key);
    if (!section) {
      section = { key, name: label?.sectionName ?? "", order: label?.sectionOrder ?? Number.MAX_SAFE_INTEGER, items: [] };
      sections.set(key, section);
    }
    section.items.push({ result, label });
  }
  return [...sections.values()].sort((a, b) => a.order - b.order).map(({ key, name, items }) => ({ key, name, items }));
}
