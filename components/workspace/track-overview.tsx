import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import type { AppLocale } from "@/lib/i18n/config";
import type { TrackOverviewDTO } from "@/lib/workspace/home-queries";
import { comparisonTone } from "@/lib/workspace/matrix";
import { Share, percentText } from "./percent";

/**
 * The five tracks: in the approach? running initiatives? — next to the share of peers and of all GIDS
 * municipalities. Tracks most others cover but this approach does not are called out first.
 */
export async function TrackOverview({ tracks, sizeLabel, hasApproach }: { tracks: TrackOverviewDTO[]; sizeLabel: string; hasApproach: boolean }) {
  const t = await getTranslations("workspace.home.tracks");
  const locale = (await getLocale()) as AppLocale;
  const notes = tracks.flatMap((tr) => {
    const out: { key: string; gap: boolean; text: string }[] = [];
    const pct = (c: TrackOverviewDTO["approach"]["national"]) => percentText(c, locale);
    const tone = hasApproach ? comparisonTone(tr.inApproach, tr.approach.national) : "none";
    if (tone === "gap") out.push({ key: `a-${tr.code}`, gap: true, text: t("gap", { track: tr.name, national: pct(tr.approach.national), peers: pct(tr.approach.peers) }) });
    if (tone === "ahead") out.push({ key: `a-${tr.code}`, gap: false, text: t("ahead", { track: tr.name, national: pct(tr.approach.national) }) });
    // Also when the approach names the track but nothing runs on it yet, while most others have something.
    if (comparisonTone(tr.running > 0, tr.initiatives.national) === "gap") {
      out.push({ key: `i-${tr.code}`, gap: true, text: t("initiativeGap", { track: tr.name, national: pct(tr.initiatives.national), peers: pct(tr.initiatives.peers) }) });
    }
    return out;
  });
  const yes = <span className="font-semibold text-green-800">{t("yes")}</span>;
  const no = <span className="font-semibold text-red-800">{t("notYet")}</span>;
  return (
    <section aria-labelledby="tracks-heading" className="mt-10">
      <h2 id="tracks-heading" className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 max-w-3xl text-muted">{t("intro")}</p>
      {notes.length ? (
        <ul className="mt-4 space-y-2">
          {notes.map((n) => (
            <li key={n.key} className={`rounded border-l-4 px-4 py-2 ${n.gap ? "border-amber-600 bg-amber-50" : "border-green-700 bg-green-50"}`}>
              {n.text}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[44rem] border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-brand-900 align-bottom">
              <th scope="col" className="py-2 pr-4">{t("colTrack")}</th>
              <th scope="col" className="py-2 pr-4">{t("colApproach")}</th>
              <th scope="col" className="py-2 pr-4">{t("colRunning")}</th>
              <th scope="col" className="py-2 pr-4">{t("colPeers", { size: sizeLabel })}</th>
              <th scope="col" className="py-2">{t("colNational")}</th>
            </tr>
          </thead>
          <tbody>
            {tracks.map((tr) => (
              <tr key={tr.code} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 font-semibold">{tr.name}</th>
                <td className="py-2 pr-4">
                  {tr.inApproach ? yes : no}
                  {tr.approachText ? <p className="mt-1 text-sm text-muted">{tr.approachText}</p> : null}
                </td>
                <td className="py-2 pr-4">{tr.running === 0 ? no : t("runningCount", { count: tr.running })}</td>
                <td className="py-2 pr-4">
                  <Share c={tr.approach.peers} locale={locale} noData={t("noData")} />
                  <p className="text-sm text-muted">{t("withInitiatives", { share: percentText(tr.initiatives.peers, locale) })}</p>
                </td>
                <td className="py-2">
                  <Share c={tr.approach.national} locale={locale} noData={t("noData")} />
                  <p className="text-sm text-muted">{t("withInitiatives", { share: percentText(tr.initiatives.national, locale) })}</p>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
