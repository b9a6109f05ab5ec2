import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { PeriodDTO } from "@/lib/users/queries";
import { tableClass } from "./styles";

/** Memberships or adviser assignments over time; the current row has no end date. */
export async function HistoryTable({ rows, caption }: { rows: PeriodDTO[]; caption: string }) {
  const t = await getTranslations("admin.users");
  const locale = (await getLocale()) as AppLocale;
  if (rows.length === 0) return <p className="mt-2 text-muted">{t("noHistory")}</p>;
  return (
    <table className={`${tableClass} mt-2`}>
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("municipality")}</th>
          <th scope="col">{t("from")}</th>
          <th scope="col">{t("until")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={`${r.municipalityCode}-${r.validFrom}-${i}`}>
            <td>{r.municipalityName}</td>
            <td>{formatDate(r.validFrom, locale)}</td>
            <td>{r.validTo ? formatDate(r.validTo, locale) : <strong>{t("current")}</strong>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
