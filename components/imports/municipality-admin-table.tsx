import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { tableClass } from "@/components/admin/styles";
import { formatDate, formatNumber } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { MunicipalityRecordDTO } from "@/lib/municipality-admin/queries";

export async function MunicipalityAdminTable({ items, caption }: { items: MunicipalityRecordDTO[]; caption: string }) {
  const t = await getTranslations("municipalityAdmin.table");
  const locale = (await getLocale()) as AppLocale;
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("province")}</th>
            <th scope="col">{t("ggdRegion")}</th>
            <th scope="col" className="text-right">{t("population")}</th>
            <th scope="col">{t("gids")}</th>
            <th scope="col">{t("history")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.code}>
              <th scope="row" className="font-medium">
                {m.name}
                <span className="block text-xs font-normal text-muted">{m.code}</span>
              </th>
              <td>{m.province.name}</td>
              <td>{m.ggdRegion.name}</td>
              <td className="text-right tabular-nums">{formatNumber(m.population, locale)}</td>
              <td>{m.isGids ? t("gidsSince", { year: String(m.gidsSince ?? "–") }) : <span className="text-muted">{t("notGids")}</span>}</td>
              <td>{m.validTo ? t("merged", { date: formatDate(m.validTo, locale, "short"), successor: m.successorCode ?? "" }) : <span className="text-muted">–</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
