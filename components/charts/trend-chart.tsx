import { formatPercent } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { TrendPoint } from "@/lib/dashboards/trend";
import { MARKERS, SERIES_COLOURS, TREND_FRAME as F, markerPath, spreadLabels, xScale, yScale } from "./trend-geometry";

// A line chart of shares over survey rounds, rendered on the server as SVG (no JavaScript). Its title and
// description carry the figures for screen readers; the data-table twin below it has the details.

export type TrendLine = { key: string; label: string; points: TrendPoint[] };

const GRID = [0, 0.25, 0.5, 0.75, 1];

export function TrendChart({ id, title, lines, locale, provisionalLabel }: { id: string; title: string; lines: TrendLine[]; locale: AppLocale; provisionalLabel: string }) {
  const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort();
  const x = xScale(years);
  const y = yScale();
  const pct = (s: number) => formatPercent(s, locale);
  const ends = lines.map((l) => y(l.points.at(-1)?.share ?? 0));
  const labelY = spreadLabels(ends, 14, F.top + 4, F.height - F.bottom);
  const desc = lines.map((l) => `${l.label}: ${l.points.map((p) => `${pct(p.share)} (${p.year}${p.provisional ? `, ${provisionalLabel}` : ""})`).join(", ")}`).join(". ");
  return (
    <svg viewBox={`0 0 ${F.width} ${F.height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="h-auto w-full max-w-4xl">
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {GRID.map((g) => (
        <g key={g} aria-hidden="true">
          <line x1={F.left} x2={F.width - F.right} y1={y(g)} y2={y(g)} stroke="#cad0d6" strokeWidth={g === 0 ? 1.5 : 1} />
          <text x={F.left - 6} y={y(g) + 4} textAnchor="end" fontSize="11" fill="#535353">
            {pct(g)}
          </text>
        </g>
      ))}
      {years.map((yr) => (
        <text key={yr} x={x(yr)} y={F.height - 8} textAnchor="middle" fontSize="12" fill="#1b1b1b" aria-hidden="true">
          {yr}
        </text>
      ))}
      {lines.map((l, i) => {
        const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
        const marker = MARKERS[i % MARKERS.length]!;
        const last = l.points.at(-1);
        return (
          <g key={l.key} aria-hidden="true">
            {l.points.slice(1).map((p, k) => {
              const prev = l.points[k]!;
              return <line key={p.year} x1={x(prev.year)} y1={y(prev.share)} x2={x(p.year)} y2={y(p.share)} stroke={colour} strokeWidth={2.5} strokeDasharray={p.provisional ? "5 4" : undefined} />;
            })}
            {l.points.map((p) => (
              <path key={p.year} d={markerPath(marker, x(p.year), y(p.share))} fill={p.provisional ? "#fff" : colour} stroke={colour} strokeWidth={1.5} />
            ))}
            {last ? (
              <text x={F.width - F.right + 10} y={labelY[i]! + 4} fontSize="12" fill={colour} fontWeight={600}>
                {`${pct(last.share)} ${l.label.length > 36 ? `${l.label.slice(0, 35)}…` : l.label}`}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
