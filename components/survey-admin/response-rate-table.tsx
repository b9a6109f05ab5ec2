import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { tableClass } from "@/components/admin/styles";
import { formatDate, formatNumber, formatPercent } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { TimelinePoint } from "@/lib/survey-admin/timeline";

/** The data table twin of the response-rate chart: the same points, readable by everyone. */
export async function ResponseRateTable({ points, total }: { points: TimelinePoint[]; total: number }) {
  const t = await getTranslations("surveyAdmin.tracking");
  const locale = (await getLocale()) as AppLocale;
  return (
    <details className="mt-3">
      <summary className="cursor-pointer font-semibold text-brand-700">{t("chartTable")}</summary>
      <div className="mt-2 max-w-xl">
        <table className={tableClass}>
          <caption className="sr-only">{t("chartCaption", { total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("date")}</th>
              <th scope="col" className="text-right">{t("respondents")}</th>
              <th scope="col" className="text-right">{t("rate")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.date}>
                <th scope="row" className="font-normal">{formatDate(p.date, locale)}</th>
                <td className="text-right tabular-nums">{formatNumber(p.respondents, locale)}</td>
                <td className="text-right tabular-nums">{formatPercent(p.rate, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
