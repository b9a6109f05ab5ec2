import { formatNumber, formatPercent } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { BarRow } from "@/lib/dashboards/bars";

// A horizontal bar chart rendered on the server as HTML: no JavaScript, readable as text by screen readers
// (label and value are text; the bar itself is decoration).

const width = (share: number) => `${Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10}%`;

export function BarList({ rows, locale, reference }: { rows: BarRow[]; locale: AppLocale; reference?: { share: number; label: string } }) {
  return (
    <ul className="max-w-3xl space-y-2">
      {rows.map((r) => (
        <li key={r.key} className={`grid grid-cols-[minmax(8rem,16rem)_minmax(6rem,1fr)_6.5rem] items-center gap-x-3 ${r.emphasis ? "font-semibold" : ""}`}>
          <span className="text-sm leading-snug">{r.label}</span>
          {r.share !== null ? (
            <span aria-hidden="true" className="relative block h-4 rounded-sm bg-surface">
              <span className="absolute inset-y-0 left-0 rounded-sm bg-brand-700" style={{ width: width(r.share) }} />
              {reference ? <span className="absolute inset-y-[-3px] w-0.5 bg-ink" style={{ left: width(reference.share) }} /> : null}
            </span>
          ) : (
            <span className="text-sm text-muted italic">{r.note ?? "–"}</span>
          )}
          <span className="text-right text-sm whitespace-nowrap tabular-nums">
            {r.share !== null ? (
              <>
                <span className="font-semibold">{formatPercent(r.share, locale)}</span>
                {r.count !== undefined && r.count !== null ? <span className="text-muted"> ({formatNumber(r.count, locale)})</span> : null}
              </>
            ) : (
              <span aria-hidden="true" className="text-muted">–</span>
            )}
          </span>
        </li>
      ))}
      {reference ? (
        <li className="text-sm text-muted">
          <span aria-hidden="true" className="mr-2 inline-block h-3 w-0.5 bg-ink align-middle" />
          {reference.label}
        </li>
      ) : null}
    </ul>
  );
}
