// Shapes a breakdown's SQL rows into groups of question results, suppressing small groups. Pure.
import type { QuestionResultDTO } from "@/lib/surveys/types";
import type { GroupCountRow, GroupRow } from "@/lib/dashboards/aggregates/breakdown";
import { MIN_GROUP_SIZE, type BreakdownDTO, type BreakdownGroupDTO, type GroupDimension, type GroupQuestionDTO } from "./types";

/**
 * One group's answers to one question. With fewer than `min` answers the counts and shares are withheld
 * (null): a percentage of 2 or 3 municipalities says little and points at single municipalities.
 */
export function suppressSmall(key: string, n: number, counts: { key: string; count: number }[], min = MIN_GROUP_SIZE): GroupQuestionDTO {
  const suppressed = n < min;
  return {
    key,
    n,
    suppressed,
    options: counts.map((o) => ({
      key: o.key,
      count: suppressed ? null : o.count,
      share: suppressed || n === 0 ? null : o.count / n,
    })),
  };
}

/**
 * Groups × questions. `template` (the national results of the round) fixes which questions and options
 * appear and in which order, so options nobody in a group chose show as 0 and text questions are left out.
 */
export function shapeBreakdown(
  year: number,
  dimension: GroupDimension,
  template: QuestionResultDTO[],
  groups: GroupRow[],
  counts: GroupCountRow[],
  min = MIN_GROUP_SIZE,
): BreakdownDTO {
  const n = new Map<string, number>();
  const count = new Map<string, number>();
  for (const c of counts) {
    const id = `${c.group_key}\u0000${c.question_key}`;
    if (c.option_key === null) n.set(id, Number(c.count));
    else count.set(`${id}\u0000${c.option_key}`, Number(c.count));
  }
  const questions = template.filter((q) => q.type !== "text");
  const shaped: BreakdownGroupDTO[] = groups.map((g) => ({
    key: g.key,
    name: g.name,
    gidsMunicipalities: Number(g.gids),
    respondents: Number(g.respondents),
    questions: questions.map((q) => {
      const id = `${g.key}\u0000${q.key}`;
      const options = q.options.map((o) => ({ key: o.key, count: count.get(`${id}\u0000${o.key}`) ?? 0 }));
      return suppressSmall(q.key, n.get(id) ?? 0, options, min);
    }),
  }));
  return { year, dimension, minGroupSize: min, groups: shaped };
}
