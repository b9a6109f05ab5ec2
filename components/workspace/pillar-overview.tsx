import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import type { AppLocale } from "@/lib/i18n/config";
import type { PillarOverviewDTO } from "@/lib/workspace/home-queries";
import { label } from "./messages";
import { Share } from "./percent";

const TONE: Record<string, string> = {
  DOING_WELL: "bg-green-100 text-green-900",
  COULD_DO_MORE: "bg-amber-100 text-amber-900",
  NOT_STARTED: "bg-red-100 text-red-900",
};

/** The eight pillars: the municipality's self-assessment next to how many others say "doing well". */
export async function PillarOverview({ pillars, sizeLabel }: { pillars: PillarOverviewDTO[]; sizeLabel: string }) {
  const t = await getTranslations("workspace");
  const locale = (await getLocale()) as AppLocale;
  return (
    <section aria-labelledby="pillars-heading" className="mt-10">
      <h2 id="pillars-heading" className="text-2xl font-semibold">
        {t("home.pillars.heading")}
      </h2>
      <p className="mt-1 max-w-3xl text-muted">{t("home.pillars.intro")}</p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-left">
          <caption className="sr-only">{t("home.pillars.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-brand-900 align-bottom">
              <th scope="col" className="py-2 pr-4">{t("home.pillars.colPillar")}</th>
              <th scope="col" className="py-2 pr-4">{t("home.pillars.colOwn")}</th>
              <th scope="col" className="py-2 pr-4">{t("home.pillars.colPeers", { size: sizeLabel })}</th>
              <th scope="col" className="py-2">{t("home.pillars.colNational")}</th>
            </tr>
          </thead>
          <tbody>
            {pillars.map((p) => (
              <tr key={p.number} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  {p.number}. {p.name}
                </th>
                <td className="py-2 pr-4">
                  {p.assessment ? (
                    <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${TONE[p.assessment] ?? ""}`}>
                      {label(t, `enums.assessment.${p.assessment}`)}
                    </span>
                  ) : (
                    <span className="text-muted">{t("home.pillars.notAssessed")}</span>
                  )}
                  {p.note ? <p className="mt-1 text-sm text-muted">{p.note}</p> : null}
                </td>
                <td className="py-2 pr-4">
                  <Share c={p.peers} locale={locale} noData={t("home.tracks.noData")} />
                </td>
                <td className="py-2">
                  <Share c={p.national} locale={locale} noData={t("home.tracks.noData")} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
