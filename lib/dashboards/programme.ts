// Programme figures from the logged data, shaped per year, and their chart tables. Pure.
import type { ChartTable } from "./chart-table";
import { yearSpan } from "./chart-table";
import type { TableContext } from "./table-context";
import type { ProgrammeDTO, ProgrammeKind } from "./types";

export const TRACKS = ["PHYSICAL_ENVIRONMENT", "BEHAVIOUR_SKILLS", "PARTICIPATION", "PREVENTION_CARE", "SOCIAL_ENVIRONMENT"] as const;
export const PILLARS = ["1", "2", "3", "4", "5", "6", "7", "8"] as const;
export const FUNDING = ["GIDS", "MUNICIPAL_BUDGET", "OTHER_NATIONAL_SCHEMES", "FUNDS", "PRIVATE"] as const;
export const MONITORING = ["ACTIVITIES", "PROCESS", "HEALTH_EFFECTS"] as const;

export const PROGRAMME_CHARTS = ["sporen", "pijlers", "financiering", "monitoring", "vijf-sporen"] as const;
export type ProgrammeChart = (typeof PROGRAMME_CHARTS)[number];

type Spec = { kind: ProgrammeKind; keys: readonly string[]; base: "approaches" | "initiatives" };
export const PROGRAMME_SPECS: Record<ProgrammeChart, Spec> = {
  sporen: { kind: "initiativeTrack", keys: TRACKS, base: "initiatives" },
  pijlers: { kind: "initiativePillar", keys: PILLARS, base: "initiatives" },
  financiering: { kind: "approachFunding", keys: FUNDING, base: "approaches" },
  monitoring: { kind: "approachMonitoring", keys: MONITORING, base: "approaches" },
  "vijf-sporen": { kind: "allTracks", keys: ["ALL"], base: "approaches" },
};

export type ProgrammeCell = { year: number; key: string; count: number; base: number; share: number | null };

function count(dto: ProgrammeDTO, year: number, kind: ProgrammeKind, key: string | null): number {
  return dto.counts.find((c) => c.year === year && c.kind === kind && c.key === key)?.count ?? 0;
}

/** Per year and key: the count and its share of the base (approaches logged or initiatives running). */
export function programmeCells(dto: ProgrammeDTO, chart: ProgrammeChart): ProgrammeCell[] {
  const spec = PROGRAMME_SPECS[chart];
  return dto.years.flatMap((year) => {
    const base = count(dto, year, spec.base, null);
    return spec.keys.map((key) => {
      const c = count(dto, year, spec.kind, spec.kind === "allTracks" ? null : key);
      return { year, key, count: c, base, share: base > 0 ? c / base : null };
    });
  });
}

/** Years that have any data for the chart's base (a year without approaches shows no approach figures). */
export function yearsWithData(dto: ProgrammeDTO, chart: ProgrammeChart): number[] {
  const spec = PROGRAMME_SPECS[chart];
  return dto.years.filter((y) => count(dto, y, spec.base, null) > 0);
}

export function programmeTable(ctx: TableContext, dto: ProgrammeDTO, chart: ProgrammeChart, label: (key: string) => string): ChartTable {
  const { t } = ctx;
  const years = yearsWithData(dto, chart);
  const cells = programmeCells(dto, chart).filter((c) => years.includes(c.year));
  const base = PROGRAMME_SPECS[chart].base;
  return {
    id: `programma-${chart}`,
    title: t(`programme.${chart}.title`),
    round: yearSpan(years),
    n: years.map((y) => `${y}: ${t(`programme.base.${base}`, { n: cells.find((c) => c.year === y)?.base ?? 0 })}`).join("; "),
    source: t("meta.sourceProgramme"),
    generatedAt: ctx.generatedAt,
    columns: [
      { label: t("col.year"), kind: "text" },
      { label: t(`programme.${chart}.column`), kind: "text" },
      { label: t("col.count"), kind: "count" },
      { label: t(`programme.baseColumn.${base}`), kind: "count" },
      { label: t("col.share"), kind: "share" },
    ],
    rows: cells.map((c) => [String(c.year), label(c.key), c.count, c.base, c.share]),
    notes: [t(`programme.${chart}.note`)],
  };
}
