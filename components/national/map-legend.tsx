import { CATEGORIES, CATEGORY_FILL, shareBuckets, type Category } from "@/lib/geo/legend";
import type { DashboardContext } from "@/lib/dashboards/context";
import { SUPPRESSED_FILL } from "@/lib/dashboards/map";
import type { MapLevel } from "@/lib/dashboards/filters";
import { formatNumber, formatPercent } from "@/lib/format";

// The map's legend, as a list: a swatch and its meaning. Swatches use the map's own fills; the patterns
// (url(#map-hatch), url(#map-dots)) are defined once, in the map's SVG on the same page, at the same scale.

function Swatch({ fill }: { fill: string }) {
  return (
    <svg width="28" height="18" viewBox="0 0 280 180" aria-hidden="true" className="shrink-0 rounded-sm border border-[#6b6b6b]">
      <rect width="280" height="180" fill={fill} />
    </svg>
  );
}

export function MapLegend({ c, level, counts }: { c: DashboardContext; level: MapLevel; counts: Record<Category, number> }) {
  const items =
    level === "municipality"
      ? CATEGORIES.map((k) => ({ key: k, fill: CATEGORY_FILL[k], label: `${c.t(`map.category.${k}`)} (${formatNumber(counts[k], c.locale)})` }))
      : [
          ...shareBuckets().map((b) => ({
            key: `b${b.index}`,
            fill: b.colour,
            label: c.t("map.bucket", { from: formatPercent(b.from, c.locale), to: formatPercent(b.to, c.locale) }),
          })),
          { key: "suppressed", fill: SUPPRESSED_FILL, label: c.t("map.suppressedRegion") },
          { key: "notGids", fill: CATEGORY_FILL.notGids, label: c.t("map.category.notGids") },
        ];
  return (
    <div>
      <h3 className="mb-2 font-semibold">{c.t("map.legend")}</h3>
      <ul className="space-y-1.5 text-sm">
        {items.map((i) => (
          <li key={i.key} className="flex items-center gap-2">
            <Swatch fill={i.fill} />
            <span>{i.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
