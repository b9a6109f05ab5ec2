import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { formatPercent } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { PillarItem } from "@/lib/peers/shape";

/** Pillars: the municipality's own assessment next to how peers assess themselves. */
export async function PillarTable({ pillars, name }: { pillars: PillarItem[]; name: string }) {
  const t = await getTranslations("peers");
  const ta = await getTranslations("advice.pillars");
  const locale = (await getLocale()) as AppLocale;
  const pct = (v: number | null) => (v === null ? "–" : formatPercent(v, locale));
  return (
    <table className="w-full border-collapse text-left">
      <caption className="mb-2 text-left text-lg font-semibold text-brand-900">{t("pillarsCaption")}</caption>
      <thead className="border-b-2 border-brand-900">
        <tr>
          <th scope="col" className="px-2 py-2">{t("table.pillar")}</th>
          <th scope="col" className="px-2 py-2">{name}</th>
          <th scope="col" className="px-2 py-2">{t("assessment.DOING_WELL")}</th>
          <th scope="col" className="px-2 py-2">{t("assessment.COULD_DO_MORE")}</th>
          <th scope="col" className="px-2 py-2">{t("assessment.NOT_STARTED")}</th>
        </tr>
      </thead>
      <tbody>
        {pillars.map((p) => (
          <tr key={p.number} className="border-b border-line">
            <th scope="row" className="px-2 py-2 font-normal">{p.number}. {ta(String(p.number) as "1")}</th>
            <td className={`px-2 py-2 ${p.self === "NOT_STARTED" ? "font-semibold text-red-800" : ""}`}>
              {p.self ? t(`assessment.${p.self as "DOING_WELL"}`) : t("table.unknown")}
            </td>
            <td className="px-2 py-2 tabular-nums">{pct(p.doingWell)}</td>
            <td className="px-2 py-2 tabular-nums">{pct(p.couldDoMore)}</td>
            <td className="px-2 py-2 tabular-nums">{pct(p.notStarted)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
