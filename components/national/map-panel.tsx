import { Choropleth } from "@/components/charts/choropleth";
import { ChartCard } from "@/components/charts/chart-card";
import type { DashboardContext } from "@/lib/dashboards/context";
import { mapLevels, type MapLevel } from "@/lib/dashboards/filters";
import { categoryCounts, mapTable, type MapItem } from "@/lib/dashboards/map";
import { MIN_GROUP_SIZE, type RoundResultsWithStatusDTO } from "@/lib/dashboards/types";
import { formatNumber, formatPercent } from "@/lib/format";
import { mapGeometry } from "@/lib/geo/shapes";
import { FilterForm, SelectField } from "./filter-form";
import { MapLegend } from "./map-legend";

type Question = RoundResultsWithStatusDTO["questions"][number];
type Props = {
  c: DashboardContext;
  round: RoundResultsWithStatusDTO;
  questions: Question[];
  q: Question;
  option: string;
  level: MapLevel;
  /** Whether the viewer may see single municipalities' answers (else regions only). */
  perMunicipality: boolean;
  items: MapItem[];
};

/** What focus and hover say about one municipality. */
function valueText(c: DashboardContext, i: MapItem, level: MapLevel): string {
  if (level === "municipality" || i.category === "notGids") return c.t(`map.category.${i.category}`);
  if (i.share === null) return c.t("map.regionWithheld", { region: i.regionName ?? "" });
  return c.t("map.regionShare", { region: i.regionName ?? "", share: formatPercent(i.share, c.locale), n: formatNumber(i.n ?? 0, c.locale) });
}

export function MapPanel({ c, round, questions, q, option, level, perMunicipality, items }: Props) {
  const table = mapTable(c.table, round, q.key, option, items, level);
  const label = c.t("map.ariaLabel", { question: c.labels.question(q.key), option: c.labels.option(q.key, option) });
  return (
    <>
      <FilterForm action="/landelijk/kaart" hidden={{ ronde: round.year }} submit={c.t("map.submit")} label={c.t("map.formLabel")}>
        <SelectField id="vraag" name="vraag" label={c.t("map.questionLabel")} value={q.key} options={questions.map((x) => ({ value: x.key, label: c.labels.question(x.key) }))} />
        <SelectField id="optie" name="optie" label={c.t("map.optionLabel")} value={option} options={q.options.map((o) => ({ value: o.key, label: c.labels.option(q.key, o.key) }))} />
        <SelectField id="niveau" name="niveau" label={c.t("map.levelLabel")} value={level} options={mapLevels(perMunicipality).map((l) => ({ value: l, label: c.t(`map.level.${l}`) }))} />
      </FilterForm>
      <p className="mb-4 text-sm text-muted">{c.t("map.optionHint")}</p>
      {perMunicipality ? null : <p className="mb-4 max-w-3xl text-sm">{c.t("map.regionsOnly")}</p>}
      <ChartCard id="kaart" table={table} heading={2} download={{ chart: "kaart", params: { ronde: round.year, vraag: q.key, optie: option, niveau: level } }}>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,36rem)_1fr]">
          <Choropleth geometry={mapGeometry()} items={items.map((i) => ({ code: i.code, fill: i.fill, name: i.name, value: valueText(c, i, level) }))} label={label} instructions={c.t("map.instructions")} />
          <div className="space-y-4">
            <MapLegend c={c} level={level} counts={categoryCounts(items)} />
            <p className="text-sm text-muted">{level === "municipality" ? c.t("map.municipalityNote") : c.t("map.regionNote", { min: MIN_GROUP_SIZE })}</p>
            <p className="text-sm text-muted">{c.t("meta.cbs")}</p>
          </div>
        </div>
      </ChartCard>
    </>
  );
}
