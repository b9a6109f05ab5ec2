import { getLocale } from "next-intl/server";
import type { ChartTable, Cell, ColumnKind } from "@/lib/dashboards/chart-table";
import { formatNumber, formatPercent } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { dashboardsT } from "@/lib/dashboards/i18n";

// The data-table twin of a chart: the same ChartTable the downloads write, one click away.

function render(cell: Cell, kind: ColumnKind, locale: AppLocale, withheld: string) {
  if (cell === null) return kind === "text" ? "" : <abbr title={withheld}>–</abbr>;
  if (typeof cell === "string") return cell;
  return kind === "share" ? formatPercent(cell, locale) : formatNumber(cell, locale);
}

export async function DataTable({ table, open = false }: { table: ChartTable; open?: boolean }) {
  const locale = (await getLocale()) as AppLocale;
  const t = await dashboardsT();
  return (
    <details open={open} className="mt-4 max-w-4xl rounded border border-line">
      <summary className="cursor-pointer px-4 py-2 font-semibold text-brand-900">{t("table.summary")}</summary>
      <div className="overflow-x-auto px-4 pb-4">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="py-2 text-left text-muted">
            {table.title} · {table.round} · {table.n}
          </caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.label} scope="col" className={`border-b-2 border-brand-900 px-2 py-1.5 font-semibold ${c.kind === "text" ? "" : "text-right"}`}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => {
                  const kind = table.columns[j]?.kind ?? "text";
                  const Tag = j === 0 ? "th" : "td";
                  return (
                    <Tag key={j} scope={j === 0 ? "row" : undefined} className={`border-b border-line px-2 py-1.5 font-normal ${kind === "text" ? "" : "text-right tabular-nums"}`}>
                      {render(cell, kind, locale, t("table.withheld"))}
                    </Tag>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {table.notes.length ? (
          <ul className="mt-2 list-disc pl-5 text-sm text-muted">
            {table.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
        <p className="mt-2 text-sm text-muted">{table.source}</p>
      </div>
    </details>
  );
}
