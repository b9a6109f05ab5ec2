// Groups question results by questionnaire section, sections and questions in questionnaire order. Pure.
import type { Labeller } from "./labels";

export type Section<Q> = { key: string; name: string; items: Q[] };

export function groupBySection<Q extends { key: string }>(questions: Q[], labels: Labeller): Section<Q>[] {
  const sections = new Map<string, Section<Q> & { order: number }>();
  for (const q of questions) {
    const s = labels.section(q.key);
    const section = sections.get(s.key) ?? { key: s.key, name: s.name, order: s.order, items: [] };
    section.items.push(q);
    sections.set(s.key, section);
  }
  return [...sections.values()].sort((a, b) => a.order - b.order).map(({ key, name, items }) => ({ key, name, items }));
}
