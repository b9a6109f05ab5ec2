import { BarList } from "@/components/charts/bar-list";
import { ChartCard } from "@/components/charts/chart-card";
import type { DashboardContext } from "@/lib/dashboards/context";
import { programmeCells, programmeTable, yearsWithData, type ProgrammeChart } from "@/lib/dashboards/programme";
import type { ProgrammeDTO } from "@/lib/dashboards/types";

/**
 * One programme figure: bars for the chosen year (share of the base, with the count), the table over all
 * years. "vijf-sporen" has one value per year, so its bars are the years themselves.
 */
export function ProgrammeSection({ c, dto, chart, year, label }: { c: DashboardContext; dto: ProgrammeDTO; chart: ProgrammeChart; year: number; label: (key: string) => string }) {
  const table = programmeTable(c.table, dto, chart, label);
  const years = yearsWithData(dto, chart);
  const cells = programmeCells(dto, chart).filter((x) => years.includes(x.year));
  const perYear = chart === "vijf-sporen";
  const shown = perYear ? cells : cells.filter((x) => x.year === year);
  const rows = shown.map((x) => ({ key: `${x.year}-${x.key}`, label: perYear ? String(x.year) : label(x.key), share: x.share, count: x.count, note: c.t("programme.noData") }));
  return (
    <ChartCard id={`programma-${chart}`} table={table} heading={2} download={{ chart: `programma-${chart}`, params: {} }}>
      {!perYear ? <p className="mb-3 font-semibold">{c.t("programme.inYear", { year: String(year) })}</p> : null}
      {rows.length ? <BarList rows={rows} locale={c.locale} /> : <p className="text-muted">{c.t("programme.noDataYear", { year: String(year) })}</p>}
    </ChartCard>
  );
}
