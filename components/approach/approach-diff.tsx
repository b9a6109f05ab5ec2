import { getTranslations } from "@/lib/i18n/server";
import type { DiffRow } from "@/lib/approach/diff";
import { diffRowLabel, diffValueText } from "./diff-value";

type Names = { tracks: Record<string, string>; pillars: Record<string, string> };

/**
 * An approach as a table: one column (read-only view) or two years side by side with changed rows marked
 * in words as well as colour.
 */
export async function ApproachTable({ rows, years, names, caption }: { rows: DiffRow[]; years: number[]; names: Names; caption: string }) {
  const t = await getTranslations();
  const two = years.length === 2;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] table-fixed border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-brand-900">
            <th scope="col" className={`${two ? "w-[22%]" : "w-1/3"} py-2 pr-4`}>{t("approach.compare.colField")}</th>
            {years.map((y) => (
              <th key={y} scope="col" className={`${two ? "w-[34%]" : ""} py-2 pr-4`}>{y}</th>
            ))}
            {two ? <th scope="col" className="w-[10%] py-2">{t("approach.compare.colChange")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.field}-${r.key ?? ""}`} className={`border-b border-line align-top ${two && r.changed ? "bg-amber-50" : ""}`}>
              <th scope="row" className="py-2 pr-4 font-semibold">{diffRowLabel(t, r.field, r.key, names)}</th>
              {two ? <td className="whitespace-pre-line py-2 pr-4">{diffValueText(t, r.field, r.a)}</td> : null}
              <td className="whitespace-pre-line py-2 pr-4">{diffValueText(t, r.field, r.b)}</td>
              {two ? (
                <td className="py-2 font-semibold">{r.changed ? t("approach.compare.changed") : <span className="font-normal text-muted">{t("approach.compare.same")}</span>}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
