// The choropleth's colouring and its table: per municipality a category (municipality level) or the share
// of its region (GGD region or province level, small regions withheld). Pure.
import { accessFor, type Role } from "@/lib/auth/permissions";
import { CATEGORY_FILL, SHARE_COLOURS, bucketIndex, type Category } from "@/lib/geo/legend";
import type { ChartTable } from "./chart-table";
import type { MapLevel } from "./filters";
import { roundText, type TableContext } from "./table-context";
import { MIN_GROUP_SIZE, type BreakdownDTO, type MapMunicipalityDTO, type RoundResultsWithStatusDTO } from "./types";

export type MapItem = { code: string; name: string; fill: string; category: Category; share: number | null; n: number | null; regionName: string | null };

/**
 * Whether a role may see single municipalities' submitted answers (the map per municipality and its table):
 * those who may read submitted questionnaires nationally (VWS, admins). Others see regions only.
 */
export function seesMunicipalAnswers(role: Role): boolean {
  const access = accessFor(role, "read", "questionnaire");
  return access.includes("submitted") || access.includes("any");
}

/** A municipality on the map without its answer: what a viewer who may not see it receives. */
export function withoutAnswer(m: MapMunicipalityDTO): MapMunicipalityDTO {
  return { ...m, responded: false, answered: false, options: [] };
}

/** Withheld regions: light grey with a dotted pattern, distinct from every share colour. */
export const SUPPRESSED_FILL = "url(#map-dots)";

export function categoryOf(m: MapMunicipalityDTO, option: string): Category {
  if (m.answered) return m.options.includes(option) ? "chosen" : "notChosen";
  if (m.responded) return "notAnswered";
  return m.gids ? "noResponse" : "notGids";
}

function regionShare(bd: BreakdownDTO | null, regionKey: string, questionKey: string, option: string) {
  const g = bd?.groups.find((x) => x.key === regionKey);
  const q = g?.questions.find((x) => x.key === questionKey);
  if (!g || !q) return { name: g?.name ?? null, share: null, n: null, suppressed: true };
  return { name: g.name, share: q.options.find((o) => o.key === option)?.share ?? null, n: q.n, suppressed: q.suppressed };
}

/**
 * Municipality level: the category colours. Region level: GIDS municipalities (and any that responded)
 * take their region's share colour; the others stay hatched, so GIDS municipalities remain visible.
 */
export function mapItems(munis: MapMunicipalityDTO[], questionKey: string, option: string, level: MapLevel, bd: BreakdownDTO | null): MapItem[] {
  return munis.map((m) => {
    const category = categoryOf(m, option);
    if (level === "municipality" || category === "notGids") {
      return { code: m.code, name: m.name, fill: CATEGORY_FILL[category], category, share: null, n: null, regionName: null };
    }
    const r = regionShare(bd, level === "province" ? m.provinceCode : m.ggdRegionCode, questionKey, option);
    const fill = r.suppressed || r.share === null ? SUPPRESSED_FILL : SHARE_COLOURS[bucketIndex(r.share)]!;
    return { code: m.code, name: m.name, fill, category, share: r.suppressed ? null : r.share, n: r.n, regionName: r.name };
  });
}

/** Counts per category, for the legend ("Kiest deze optie: 74"). */
export function categoryCounts(items: MapItem[]): Record<Category, number> {
  const out: Record<Category, number> = { chosen: 0, notChosen: 0, notAnswered: 0, noResponse: 0, notGids: 0 };
  for (const i of items) out[i.category] += 1;
  return out;
}

export function mapTable(ctx: TableContext, round: RoundResultsWithStatusDTO, questionKey: string, option: string, items: MapItem[], level: MapLevel = "municipality"): ChartTable {
  const { t, labels } = ctx;
  const shown = items.filter((i) => i.category !== "notGids").sort((a, b) => a.name.localeCompare(b.name, "nl"));
  const perMunicipality = level === "municipality";
  return {
    id: `kaart-${questionKey}-${option}-${round.year}${perMunicipality ? "" : `-${level}`}`,
    title: t("titles.map", { question: labels.question(questionKey), option: labels.option(questionKey, option) }),
    round: roundText(ctx, round),
    n: t("meta.mapBase", { respondents: round.respondents, gids: round.gidsMunicipalities }),
    source: `${t("meta.source")} ${t("meta.cbs")}`,
    generatedAt: ctx.generatedAt,
    // Per municipality its own answer; per region level the share of its region, as the map colours it.
    columns: perMunicipality
      ? [
          { label: t("col.municipality"), kind: "text" },
          { label: t("col.code"), kind: "text" },
          { label: t("col.answer"), kind: "text" },
        ]
      : [
          { label: t("col.municipality"), kind: "text" },
          { label: t("col.code"), kind: "text" },
          { label: t("col.region"), kind: "text" },
          { label: t("col.share"), kind: "share" },
          { label: t("col.n"), kind: "count" },
        ],
    rows: perMunicipality
      ? shown.map((i) => [i.name, i.code, t(`map.category.${i.category}`)])
      : shown.map((i) => [i.name, i.code, i.regionName ?? "", i.share, i.n]),
    notes: [t(perMunicipality ? "notes.mapPublished" : "notes.mapRegions", { min: MIN_GROUP_SIZE })],
  };
}
