import { getLocale, getTranslations } from "next-intl/server";
import { formatNumber, formatPercent } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { RoundResultsDTO } from "@/lib/surveys/types";

/** The headline figures of a round: respondents, invited GIDS municipalities and response rate. */
export async function RoundFigures({ results }: { results: RoundResultsDTO }) {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("national");
  const figures = [
    { label: t("respondents"), value: formatNumber(results.respondents, locale) },
    { label: t("gidsMunicipalities"), value: formatNumber(results.gidsMunicipalities, locale) },
    { label: t("responseRate"), value: formatPercent(results.responseRate, locale) },
  ];
  return (
    <section aria-labelledby="round-figures" className="mb-12">
      <h2 id="round-figures" className="mb-4 text-2xl font-semibold">
        {t("figuresHeading", { year: results.year })}
      </h2>
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
