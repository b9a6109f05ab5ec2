import type { MapGeometry } from "@/lib/geo/shapes";
import { SCALE } from "@/lib/geo/project";
import { MapInteractive } from "./map-interactive";

// The choropleth, rendered on the server as SVG path strings (no GeoJSON, no d3 in the browser). Each
// municipality is a focusable shape named by its aria-label; one shape is in the tab order (roving
// tabindex) and the small client leaf moves focus with the arrow keys and shows the tooltip.

export type ChoroplethItem = { code: string; fill: string; name: string; value: string };

export function Choropleth({ geometry, items, label, instructions }: { geometry: MapGeometry; items: ChoroplethItem[]; label: string; instructions: string }) {
  const byCode = new Map(items.map((i) => [i.code, i]));
  const shapes = geometry.shapes.filter((s) => byCode.has(s.code));
  const first = [...shapes].sort((a, b) => a.name.localeCompare(b.name, "nl"))[0]?.code;
  const viewBox = `0 0 ${geometry.width * SCALE} ${geometry.height * SCALE}`;
  return (
    <MapInteractive neighbours={geometry.neighbours} viewBox={viewBox} instructions={instructions}>
      <svg viewBox={viewBox} role="group" aria-label={label} className="block h-auto w-full">
        <defs>
          <pattern id="map-hatch" patternUnits="userSpaceOnUse" width="36" height="36" patternTransform="rotate(45)">
            <rect width="36" height="36" fill="#f4f4f4" />
            <line x1="0" y1="0" x2="0" y2="36" stroke="#a3a3a3" strokeWidth="10" />
          </pattern>
          <pattern id="map-dots" patternUnits="userSpaceOnUse" width="40" height="40">
            <rect width="40" height="40" fill="#e5e5e5" />
            <circle cx="20" cy="20" r="6" fill="#7a7a7a" />
          </pattern>
        </defs>
        <g stroke="#ffffff" strokeWidth="4" strokeLinejoin="round">
          {shapes.map((s) => {
            const item = byCode.get(s.code)!;
            return (
              <path
                key={s.code}
                id={`m-${s.code}`}
                d={s.d}
                fill={item.fill}
                role="img"
                aria-label={`${item.name}: ${item.value}`}
                tabIndex={s.code === first ? 0 : -1}
                data-code={s.code}
                data-name={item.name}
                data-value={item.value}
                className="cursor-pointer outline-none"
              />
            );
          })}
        </g>
        <g fill="none" stroke="#3b3b3b" strokeWidth="9" strokeLinejoin="round" pointerEvents="none" aria-hidden="true">
          {geometry.outlines.map((o) => (
            <path key={o.code} d={o.d} />
          ))}
        </g>
      </svg>
    </MapInteractive>
  );
}
