import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { ChartTable } from "./chart-table";
import { measureLabel, type DashboardContext } from "./context";
import type { CsvLabels } from "./csv";
import { chooseDimension, chooseMapLevel, chooseOne, chooseYear, param, type SearchParams } from "./filters";
import { defaultYear, headlineFigures } from "./headlines";
import { mapItems, mapTable, seesMunicipalAnswers } from "./map";
import { PROGRAMME_CHARTS, programmeTable, type ProgrammeChart } from "./programme";
import { PUBLISHED_BANK } from "./published";
import { getLargeMunicipalityBreakdowns, getNationalBreakdown, getNationalMap, getNationalRounds, getProgrammeFigures, getProgrammeLabels } from "./queries";
import { breakdownTable, headlineTable, questionTable, trendTable } from "./tables-survey";
import { chartedOptions, questionTrend } from "./trend";

// The downloads: the same filters as the pages (from the URL), the same queries and the same table builders,
// so a download holds exactly what the page shows. null → 404.

async function roundAndQuestion(viewer: Viewer, sp: SearchParams) {
  const rounds = await getNationalRounds(viewer);
  const year = chooseYear(param(sp, "ronde"), rounds.map((r) => r.year), defaultYear(rounds));
  const round = rounds.find((r) => r.year === year);
  const q = round?.questions.find((x) => x.key === param(sp, "vraag") && x.type !== "text");
  return { rounds, round, q };
}

export async function buildChartTable(viewer: Viewer, c: DashboardContext, chart: string, sp: SearchParams): Promise<ChartTable | null> {
  if (chart.startsWith("programma-")) {
    const which = chart.slice("programma-".length) as ProgrammeChart;
    if (!PROGRAMME_CHARTS.includes(which)) return null;
    const [dto, names] = await Promise.all([getProgrammeFigures(viewer), getProgrammeLabels(viewer, c.locale)]);
    return programmeTable(c.table, dto, which, (k) => names[k] ?? (c.t.has(`programme.labels.${k}`) ? c.t(`programme.labels.${k}`) : k));
  }
  const { rounds, round, q } = await roundAndQuestion(viewer, sp);
  if (!round) return null;
  if (chart === "kerncijfers") {
    const large = await getLargeMunicipalityBreakdowns(viewer, rounds.filter((r) => r.year <= round.year).map((r) => r.year));
    return headlineTable(c.table, headlineFigures(PUBLISHED_BANK, rounds, round.year, large), (h) => measureLabel(c, h));
  }
  if (!q) return null;
  const options = q.options.map((o) => o.key);
  switch (chart) {
    case "vraag":
      return questionTable(c.table, round, q);
    case "trend":
      return trendTable(c.table, q.key, questionTrend(rounds, q.key, chartedOptions(q.type, options), round.year));
    case "uitsplitsing": {
      const bd = await getNationalBreakdown(viewer, round.year, chooseDimension(param(sp, "uitsplitsing")));
      return bd ? breakdownTable(c.table, round, bd, q, c.groupName) : null;
    }
    case "kaart": {
      const option = chooseOne(param(sp, "optie"), options, chartedOptions(q.type, options)[0] ?? "");
      const level = chooseMapLevel(param(sp, "niveau"), seesMunicipalAnswers(viewer.role));
      const [munis, bd] = await Promise.all([getNationalMap(viewer, round.year, q.key), level === "municipality" ? null : getNationalBreakdown(viewer, round.year, level)]);
      return mapTable(c.table, round, q.key, option, mapItems(munis, q.key, option, level, bd), level);
    }
    default:
      return null;
  }
}

export function csvLabels(c: DashboardContext): CsvLabels {
  return {
    title: c.t("export.title"),
    round: c.t("export.round"),
    n: c.t("export.n"),
    source: c.t("export.source"),
    generatedAt: c.t("export.generatedAt"),
    withheld: c.t("export.withheld"),
  };
}
