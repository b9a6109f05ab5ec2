import Link from "next/link";
import { getLocale } from "next-intl/server";
import { changeInPoints } from "@/lib/dashboards/trend";
import type { HeadlineDTO } from "@/lib/dashboards/headlines";
import { formatNumber, formatPercent } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { dashboardsT } from "@/lib/dashboards/i18n";

// The headline figures as a table: per measure its value in the chosen round, how it developed over the
// earlier rounds, and for every figure its round, n and response rate.

export async function HeadlineFigures({ headlines, year, measure }: { headlines: HeadlineDTO[]; year: number; measure: (h: HeadlineDTO) => string }) {
  const locale = (await getLocale()) as AppLocale;
  const t = await dashboardsT();
  const pct = (s: number) => formatPercent(s, locale);
  const th = "border-b-2 border-brand-900 px-3 py-2 text-left font-semibold text-brand-900";
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("headlines.caption", { year: String(year) })}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>{t("col.measure")}</th>
            <th scope="col" className={`${th} text-right`}>{t("headlines.inRound", { year: String(year) })}</th>
            <th scope="col" className={th}>{t("headlines.development")}</th>
          </tr>
        </thead>
        <tbody>
          {headlines.map((h) => {
            const current = h.points.find((p) => p.year === year);
            const change = current ? changeInPoints(h.points) : null;
            return (
              <tr key={`${h.questionKey}-${h.option}-${h.subgroup ?? ""}`} className="align-top">
                <th scope="row" className="border-b border-line px-3 py-3 font-normal">
                  {measure(h)}
                  {h.published.length ? (
                    <span className="mt-1 block text-sm text-muted">
                      {t("headlines.published", { list: h.published.map((p) => `${p.percent !== null ? `${p.percent}%` : `≥ ${p.atLeast}%`} (${p.round})`).join(", ") })}
                    </span>
                  ) : null}
                </th>
                <td className="border-b border-line px-3 py-3 text-right">
                  {current ? (
                    <>
                      <span className="block text-2xl font-semibold text-brand-900">{pct(current.share)}</span>
                      <span className="block text-sm whitespace-nowrap text-muted">
                        {t("headlines.base", { n: formatNumber(current.n, locale), rate: pct(current.responseRate) })}
                      </span>
                    </>
                  ) : (
                    <span className="text-muted">{t("headlines.notAsked")}</span>
                  )}
                </td>
                <td className="border-b border-line px-3 py-3 text-sm">
                  <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    {h.points.map((p, i) => (
                      <li key={p.year} className="flex items-center gap-2">
                        {i > 0 ? <span aria-hidden="true">→</span> : null}
                        <span>
                          <strong>{pct(p.share)}</strong> ({p.year}
                          {p.provisional ? `, ${t("round.running")}` : ""}; {t("headlines.base", { n: formatNumber(p.n, locale), rate: pct(p.responseRate) })})
                        </span>
                      </li>
                    ))}
                  </ol>
                  {change !== null ? <p className="mt-1 font-semibold">{t("headlines.change", { points: change > 0 ? `+${change}` : String(change) })}</p> : null}
                  {h.omitted > 0 ? (
                    <p className="mt-1 text-muted">
                      <Link href={`/landelijk/vragen/${encodeURIComponent(h.questionKey)}`}>{t("headlines.allRounds", { count: h.omitted })}</Link>
                    </p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
