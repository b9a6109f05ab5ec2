import { BarList } from "@/components/charts/bar-list";
import { ChartCard } from "@/components/charts/chart-card";
import { breakdownBars } from "@/lib/dashboards/bars";
import type { DashboardContext } from "@/lib/dashboards/context";
import { DIMENSIONS, type BreakdownDTO, type Dimension, type RoundResultsWithStatusDTO } from "@/lib/dashboards/types";
import { breakdownTable } from "@/lib/dashboards/tables-survey";
import { formatPercent } from "@/lib/format";
import { FilterForm, SelectField } from "./filter-form";

type Question = RoundResultsWithStatusDTO["questions"][number];

/**
 * A question broken down by size class, province or GGD region: one option's share per group (groups with
 * too few answers withheld), the national figure as a reference line, and every option in the table.
 */
export function BreakdownPanel({ c, round, q, bd, option, groupName }: { c: DashboardContext; round: RoundResultsWithStatusDTO; q: Question; bd: BreakdownDTO; option: string; groupName: (key: string, name: string | null) => string }) {
  const national = q.options.find((o) => o.key === option);
  const dimension = bd.dimension as Dimension;
  const rows = breakdownBars(bd, q.key, option, groupName, (n) => c.t("breakdown.withheld", { n, min: bd.minGroupSize }));
  const table = breakdownTable(c.table, round, bd, q, groupName);
  return (
    <section aria-labelledby="uitsplitsing-h" className="mt-4">
      <h2 id="uitsplitsing-h" className="mb-4 text-2xl font-semibold">{c.t("breakdown.heading")}</h2>
      <FilterForm action={`/landelijk/vragen/${encodeURIComponent(q.key)}`} hidden={{ ronde: round.year }} submit={c.t("breakdown.submit")} label={c.t("breakdown.formLabel")}>
        <SelectField id="uitsplitsing" name="uitsplitsing" label={c.t("breakdown.dimensionLabel")} value={dimension} options={DIMENSIONS.map((d) => ({ value: d, label: c.t(`dimension.${d}`) }))} />
        <SelectField id="optie" name="optie" label={c.t("breakdown.optionLabel")} value={option} options={q.options.map((o) => ({ value: o.key, label: c.labels.option(q.key, o.key) }))} />
      </FilterForm>
      <ChartCard id="uitsplitsing-grafiek" table={table} download={{ chart: "uitsplitsing", params: { ronde: round.year, vraag: q.key, uitsplitsing: dimension } }}>
        <p className="mb-3 font-semibold">{c.t("breakdown.chartOf", { option: c.labels.option(q.key, option) })}</p>
        <BarList
          rows={rows}
          locale={c.locale}
          reference={national ? { share: national.share, label: c.t("breakdown.national", { share: formatPercent(national.share, c.locale) }) } : undefined}
        />
        <p className="mt-3 text-sm text-muted">{c.t("notes.suppressed", { min: bd.minGroupSize })}</p>
      </ChartCard>
    </section>
  );
}
