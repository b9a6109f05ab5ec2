// What the table builders need besides data: translations, locale, labels and the time. Pure.
import { formatNumber, formatPercent } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { Labeller } from "./labels";
import type { RoundResultsWithStatusDTO } from "./types";

/** A translate function of the "dashboards" namespace (next-intl's t, or a stub in tests). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type TableContext = { t: Translate; locale: AppLocale; labels: Labeller; generatedAt: string };

/** "2021" or "2026 (voorlopig)". */
export function roundText(ctx: TableContext, round: Pick<RoundResultsWithStatusDTO, "year" | "status">): string {
  return round.status === "OPEN" ? ctx.t("meta.roundProvisional", { year: String(round.year) }) : String(round.year);
}

/** "n = 105 · respons 67% (105 van 156 GIDS-gemeenten)". */
export function baseText(ctx: TableContext, n: number, round: Pick<RoundResultsWithStatusDTO, "respondents" | "gidsMunicipalities" | "responseRate">): string {
  return ctx.t("meta.base", {
    n: formatNumber(n, ctx.locale),
    respondents: formatNumber(round.respondents, ctx.locale),
    gids: formatNumber(round.gidsMunicipalities, ctx.locale),
    rate: formatPercent(round.responseRate, ctx.locale),
  });
}
