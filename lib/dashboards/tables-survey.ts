// Chart tables of the questionnaire results: one question in a round, a question over rounds, a breakdown,
// the headline figures and the map. Pure.
import type { ChartTable } from "./chart-table";
import { yearSpan } from "./chart-table";
import type { HeadlineDTO } from "./headlines";
import { baseText, roundText, type TableContext } from "./table-context";
import type { TrendSeries } from "./trend";
import type { BreakdownDTO, RoundResultsWithStatusDTO } from "./types";

type Question = RoundResultsWithStatusDTO["questions"][number];

function frame(ctx: TableContext, id: string, title: string, round: string, n: string, notes: string[] = []): Omit<ChartTable, "columns" | "rows"> {
  return { id, title, round, n, source: ctx.t("meta.source"), generatedAt: ctx.generatedAt, notes };
}

function roundNotes(ctx: TableContext, round: RoundResultsWithStatusDTO, q: Question): string[] {
  const notes = [ctx.t("notes.shareOfN")];
  if (q.type === "likert_help") notes.push(ctx.t("notes.helped"));
  if (q.type === "multi") notes.push(ctx.t("notes.multi"));
  if (round.status === "OPEN") notes.push(ctx.t("notes.provisional", { year: String(round.year) }));
  return notes;
}

export function questionTable(ctx: TableContext, round: RoundResultsWithStatusDTO, q: Question): ChartTable {
  const { t, labels } = ctx;
  return {
    ...frame(ctx, `vraag-${q.key}-${round.year}`, labels.question(q.key), roundText(ctx, round), baseText(ctx, q.n, round), roundNotes(ctx, round, q)),
    columns: [
      { label: t("col.answer"), kind: "text" },
      { label: t("col.count"), kind: "count" },
      { label: t("col.share"), kind: "share" },
    ],
    rows: q.options.map((o) => [labels.option(q.key, o.key), o.count, o.share]),
  };
}

export function trendTable(ctx: TableContext, questionKey: string, series: TrendSeries[]): ChartTable {
  const { t, labels } = ctx;
  const points = series.flatMap((s) => s.points.map((p) => ({ s, p })));
  const years = [...new Set(points.map(({ p }) => p.year))].sort();
  const n = years.map((y) => `${y}: n = ${points.find(({ p }) => p.year === y)?.p.n ?? 0}`).join("; ");
  const notes = [t("notes.shareOfN"), ...(points.some(({ p }) => p.provisional) ? [t("notes.provisionalTrend")] : [])];
  return {
    ...frame(ctx, `trend-${questionKey}`, t("titles.trend", { question: labels.question(questionKey) }), yearSpan(years), n, notes),
    columns: [
      { label: t("col.round"), kind: "text" },
      { label: t("col.answer"), kind: "text" },
      { label: t("col.count"), kind: "count" },
      { label: t("col.n"), kind: "count" },
      { label: t("col.share"), kind: "share" },
      { label: t("col.responseRate"), kind: "share" },
    ],
    rows: points
      .sort((a, b) => a.p.year - b.p.year)
      .map(({ s, p }) => [p.provisional ? t("meta.roundProvisional", { year: String(p.year) }) : String(p.year), labels.option(questionKey, s.key), p.count, p.n, p.share, p.responseRate]),
  };
}

export function breakdownTable(ctx: TableContext, round: RoundResultsWithStatusDTO, bd: BreakdownDTO, q: Question, groupName: (key: string, name: string | null) => string): ChartTable {
  const { t, labels } = ctx;
  const options = q.options.map((o) => o.key);
  const notes = [t("notes.suppressed", { min: bd.minGroupSize }), ...roundNotes(ctx, round, q)];
  return {
    ...frame(ctx, `uitsplitsing-${q.key}-${bd.dimension}-${round.year}`, t("titles.breakdown", { question: labels.question(q.key), dimension: t(`dimension.${bd.dimension}`) }), roundText(ctx, round), baseText(ctx, q.n, round), notes),
    columns: [
      { label: t(`dimension.${bd.dimension}`), kind: "text" },
      { label: t("col.gids"), kind: "count" },
      { label: t("col.respondents"), kind: "count" },
      { label: t("col.n"), kind: "count" },
      ...options.map((o) => ({ label: labels.option(q.key, o), kind: "share" as const })),
    ],
    rows: bd.groups.map((g) => {
      const gq = g.questions.find((x) => x.key === q.key);
      const shares = options.map((o) => gq?.options.find((x) => x.key === o)?.share ?? null);
      return [groupName(g.key, g.name), g.gidsMunicipalities, g.respondents, gq?.n ?? 0, ...shares];
    }),
  };
}

export function headlineTable(ctx: TableContext, headlines: HeadlineDTO[], measure: (h: HeadlineDTO) => string): ChartTable {
  const { t } = ctx;
  const years = headlines.flatMap((h) => h.points.map((p) => p.year));
  return {
    ...frame(ctx, `kerncijfers-${Math.max(0, ...years)}`, t("titles.headlines"), yearSpan(years), t("meta.perRound"), [t("notes.shareOfN"), t("notes.published")]),
    columns: [
      { label: t("col.measure"), kind: "text" },
      { label: t("col.round"), kind: "text" },
      { label: t("col.share"), kind: "share" },
      { label: t("col.count"), kind: "count" },
      { label: t("col.n"), kind: "count" },
      { label: t("col.responseRate"), kind: "share" },
      { label: t("col.published"), kind: "text" },
    ],
    rows: headlines.flatMap((h) =>
      h.points.map((p) => {
        const pub = h.published.find((x) => x.round === p.year);
        const published = pub ? (pub.percent !== null ? `${pub.percent}%` : `≥ ${pub.atLeast}%`) : "";
        return [measure(h), String(p.year), p.share, p.count, p.n, p.responseRate, published];
      }),
    ),
  };
}
