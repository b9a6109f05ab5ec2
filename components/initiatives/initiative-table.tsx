import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { label } from "@/components/workspace/messages";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { InitiativeListItemDTO } from "@/lib/initiatives/types";

/** The initiatives of one page: title (link), status, period, tracks, pillars, visibility. */
export async function InitiativeTable({ code, items, trackNames }: { code: string; items: InitiativeListItemDTO[]; trackNames: Record<string, string> }) {
  const t = await getTranslations();
  const locale = (await getLocale()) as AppLocale;
  const period = (i: InitiativeListItemDTO) =>
    i.startDate ? `${formatDate(i.startDate, locale, "short")} – ${i.endDate ? formatDate(i.endDate, locale, "short") : t("initiatives.list.ongoing")}` : "–";
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] border-collapse text-left">
        <caption className="sr-only">{t("initiatives.list.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-brand-900">
            <th scope="col" className="py-2 pr-4">{t("initiatives.list.colTitle")}</th>
            <th scope="col" className="py-2 pr-4">{t("initiatives.list.colStatus")}</th>
            <th scope="col" className="py-2 pr-4">{t("initiatives.list.colPeriod")}</th>
            <th scope="col" className="py-2 pr-4">{t("initiatives.list.colTracks")}</th>
            <th scope="col" className="py-2 pr-4">{t("initiatives.list.colPillars")}</th>
            <th scope="col" className="py-2">{t("initiatives.list.colVisibility")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-4 font-semibold">
                <Link href={`/gemeenten/${code}/initiatieven/${i.id}`}>{i.title}</Link>
                {i.archivedAt ? <span className="ml-2 rounded bg-surface px-2 py-0.5 text-sm font-normal">{t("initiatives.list.archived")}</span> : null}
              </th>
              <td className="py-2 pr-4">{label(t, `workspace.enums.status.${i.status}`)}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{period(i)}</td>
              <td className="py-2 pr-4 text-sm">{i.tracks.map((c) => trackNames[c] ?? c).join(", ") || "–"}</td>
              <td className="py-2 pr-4 text-sm">{i.pillars.join(", ") || "–"}</td>
              <td className="py-2 text-sm">{label(t, `workspace.enums.visibility.${i.visibility}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
