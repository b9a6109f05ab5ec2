import { getLocale } from "next-intl/server";
import { formatNumber, formatPercent } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { RoundResultsWithStatusDTO } from "@/lib/dashboards/types";
import { dashboardsT } from "@/lib/dashboards/i18n";

/** A round in three figures: respondents, GIDS municipalities invited, response rate; a note if it is open. */
export async function RoundSummary({ round }: { round: RoundResultsWithStatusDTO }) {
  const locale = (await getLocale()) as AppLocale;
  const t = await dashboardsT();
  const figures = [
    { label: t("summary.respondents"), value: formatNumber(round.respondents, locale) },
    { label: t("summary.gids"), value: formatNumber(round.gidsMunicipalities, locale) },
    { label: t("summary.responseRate"), value: formatPercent(round.responseRate, locale) },
  ];
  return (
    <section aria-labelledby="round-summary" className="mb-10">
      <h2 id="round-summary" className="mb-4 text-2xl font-semibold">
        {t("summary.heading", { year: String(round.year) })}
      </h2>
      {round.status === "OPEN" ? (
        <p className="mb-4 rounded border-l-4 border-[#b3451b] bg-[#fdf1ec] px-4 py-3">{t("summary.provisional", { year: String(round.year) })}</p>
      ) : null}
      <dl className="grid gap-4 sm:grid-cols-3">
        {figures.map((f) => (
          <div key={f.label} className="rounded border-l-4 border-brand-700 bg-brand-50 px-5 py-4">
            <dt className="text-sm font-semibold text-muted">{f.label}</dt>
            <dd className="mt-1 text-3xl font-semibold text-brand-900">{f.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
