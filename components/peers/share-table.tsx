import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { formatPercent } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { ShareItem } from "@/lib/peers/shape";

/** A data table: per item, the municipality's own answer next to the share of peers, with a bar. */
export async function ShareTable({ caption, rows, name }: { caption: string; rows: { label: string; item: ShareItem }[]; name: string }) {
  const t = await getTranslations("peers.table");
  const locale = (await getLocale()) as AppLocale;
  return (
    <table className="w-full border-collapse text-left">
      <caption className="mb-2 text-left text-lg font-semibold text-brand-900">{caption}</caption>
      <thead className="border-b-2 border-brand-900">
        <tr>
          <th scope="col" className="px-2 py-2">{t("item")}</th>
          <th scope="col" className="px-2 py-2">{name}</th>
          <th scope="col" className="px-2 py-2">{t("peers")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ label, item }) => (
          <tr key={item.key} className="border-b border-line">
            <th scope="row" className="px-2 py-2 font-normal">{label}</th>
            <td className={`px-2 py-2 ${item.self === false ? "font-semibold text-red-800" : ""}`}>
              {item.self === null ? t("unknown") : item.self ? t("yes") : t("no")}
            </td>
            <td className="px-2 py-2">
              <span className="flex items-center gap-2">
                <span className="w-12 text-right tabular-nums">{item.share === null ? "–" : formatPercent(item.share, locale)}</span>
                <span aria-hidden="true" className="block h-3 w-32 rounded bg-surface">
                  <span className="block h-3 rounded bg-brand-700" style={{ width: `${Math.round((item.share ?? 0) * 100)}%` }} />
                </span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
