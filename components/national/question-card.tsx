import Link from "next/link";
import { BarList } from "@/components/charts/bar-list";
import { ChartCard } from "@/components/charts/chart-card";
import { DataTable } from "@/components/charts/data-table";
import { DownloadLinks } from "@/components/charts/download-links";
import { TrendChart } from "@/components/charts/trend-chart";
import { questionBars } from "@/lib/dashboards/bars";
import type { DashboardContext } from "@/lib/dashboards/context";
import { queryString } from "@/lib/dashboards/filters";
import { questionTable, trendTable } from "@/lib/dashboards/tables-survey";
import { chartedOptions, hasTrend, questionTrend } from "@/lib/dashboards/trend";
import type { RoundResultsWithStatusDTO } from "@/lib/dashboards/types";

type Question = RoundResultsWithStatusDTO["questions"][number];

const anchor = (key: string) => `vraag-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** One question of a round: its option shares, its trend over the rounds (if asked more than once), links. */
export function QuestionCard({ c, round, rounds, q, links = true }: { c: DashboardContext; round: RoundResultsWithStatusDTO; rounds: RoundResultsWithStatusDTO[]; q: Question; links?: boolean }) {
  const id = anchor(q.key);
  if (q.type === "text") {
    return (
      <section aria-labelledby={`${id}-h`} className="mb-12">
        <h3 id={`${id}-h`} className="text-lg font-semibold">{c.labels.question(q.key)}</h3>
        <p className="mt-2 text-muted">{c.t("question.textQuestion", { n: q.n })}</p>
      </section>
    );
  }
  const series = questionTrend(rounds, q.key, chartedOptions(q.type, q.options.map((o) => o.key)), round.year);
  const trend = hasTrend(series) ? trendTable(c.table, q.key, series) : null;
  const params = { ronde: round.year, vraag: q.key };
  return (
    <ChartCard
      id={id}
      table={questionTable(c.table, round, q)}
      download={{ chart: "vraag", params }}
      footer={
        <>
          {trend ? (
            <div className="mt-6 border-l-4 border-brand-100 pl-4">
              <h4 className="font-semibold">{trend.title}</h4>
              <p className="mb-2 text-sm text-muted">{trend.round} · {trend.n}</p>
              <TrendChart
                id={`${id}-trend`}
                title={trend.title}
                locale={c.locale}
                provisionalLabel={c.t("round.running")}
                lines={series.map((s) => ({ key: s.key, label: c.labels.option(q.key, s.key), points: s.points }))}
              />
              <DataTable table={trend} />
              <DownloadLinks chart="trend" params={{ vraag: q.key, ronde: round.year }} title={trend.title} />
            </div>
          ) : null}
          {links ? (
            <p className="mt-4 flex flex-wrap gap-x-6 gap-y-1">
              <Link href={`/landelijk/vragen/${encodeURIComponent(q.key)}${queryString(params)}`}>{c.t("question.breakdownLink")}</Link>
              <Link href={`/landelijk/kaart${queryString(params)}`}>{c.t("question.mapLink")}</Link>
            </p>
          ) : null}
        </>
      }
    >
      <BarList rows={questionBars(q, c.labels)} locale={c.locale} />
    </ChartCard>
  );
}
