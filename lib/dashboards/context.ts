import "server-only";
import { getLocale } from "next-intl/server";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { AppLocale } from "@/lib/i18n/config";
import { makeLabeller, type Labeller } from "./labels";
import { getNationalLabels } from "./queries";
import { dashboardsT, type LooseTranslate } from "./i18n";
import type { TableContext } from "./table-context";

// What every dashboard page and export needs: the locale, the "dashboards" translations (as a plain
// function, so pure builders can take it), and the labeller of questions and options.

export type { LooseTranslate };
export type DashboardContext = {
  locale: AppLocale;
  t: LooseTranslate;
  labels: Labeller;
  table: TableContext;
  /** A breakdown group's name: the province or GGD region name, else the size class's text. */
  groupName: (key: string, name: string | null) => string;
};

const FIXED = ["yes", "no", "NOT_HELPED", "HELPED", "STRONGLY_HELPED", "HELPED_OR_STRONGLY"] as const;

export async function dashboardContext(viewer: Viewer): Promise<DashboardContext> {
  const locale = (await getLocale()) as AppLocale;
  const [t, tn, sizes, record] = await Promise.all([dashboardsT(), dashboardsT("national"), dashboardsT("sizeClass"), getNationalLabels(viewer, locale)]);
  const fixed = Object.fromEntries(FIXED.map((k) => [k, tn(`answers.${k}`)]));
  const labels = makeLabeller(record, fixed);
  const loose: LooseTranslate = t;
  const groupName = (key: string, name: string | null) => name ?? (sizes.has(key) ? sizes(key) : loose.has(`dimension.group.${key}`) ? loose(`dimension.group.${key}`) : key);
  return { locale, t: loose, labels, groupName, table: { t: loose, locale, labels, generatedAt: new Date().toISOString() } };
}

/** A headline measure's short text ("Fysieke omgeving heeft een plek in de aanpak"), else question – option. */
export function measureLabel(c: DashboardContext, m: { questionKey: string; option: string; subgroup: string | null }): string {
  const key = `measures.${m.questionKey.replace(/\./g, "_")}.${m.option}${m.subgroup ? `_${m.subgroup}` : ""}`;
  return c.t.has(key) ? c.t(key) : `${c.labels.question(m.questionKey)} – ${c.labels.option(m.questionKey, m.option)}`;
}
