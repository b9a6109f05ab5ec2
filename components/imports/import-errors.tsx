import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { tableClass } from "@/components/admin/styles";
import { formatNumber } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { ImportErrorCode, RowError } from "@/lib/imports/types";

/** Every error of the file with its row, column, value and the reason in words. */
export async function ImportErrors({ errors, byCode, caption }: { errors: RowError[]; byCode: Partial<Record<ImportErrorCode, number>>; caption: string }) {
  const t = await getTranslations("imports.errors");
  const locale = (await getLocale()) as AppLocale;
  return (
    <>
      <ul className="mb-4 flex flex-wrap gap-2">
        {Object.entries(byCode).map(([code, count]) => (
          <li key={code} className="rounded border border-red-700 bg-red-50 px-2 py-1 text-sm">
            {t(`short.${code as ImportErrorCode}`)}: <strong>{formatNumber(count ?? 0, locale)}</strong>
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-right">{t("row")}</th>
              <th scope="col">{t("column")}</th>
              <th scope="col">{t("value")}</th>
              <th scope="col">{t("reason")}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={`${e.row}-${i}`}>
                <th scope="row" className="text-right tabular-nums">{e.row}</th>
                <td>{e.field ?? "–"}</td>
                <td className="break-all font-mono text-xs">{e.value ?? ""}</td>
                <td>{t(`code.${e.code}`, { detail: e.detail ?? "", value: e.value ?? "" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
