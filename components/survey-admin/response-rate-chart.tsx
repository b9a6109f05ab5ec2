"use client";
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate, formatPercent } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { TimelinePoint } from "@/lib/survey-admin/timeline";

/**
 * The response rate over time. A picture for sighted users: its data table twin (ResponseRateTable) carries
 * the same numbers for everyone, so the chart itself is hidden from assistive technology.
 */
export function ResponseRateChart({ points, locale }: { points: TimelinePoint[]; locale: AppLocale }) {
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={points} margin={{ top: 10, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#cad0d6" strokeDasharray="3 3" />
          <XAxis dataKey="date" tickFormatter={(d: string) => formatDate(d, locale, "short")} minTickGap={24} tick={{ fill: "#1b1b1b", fontSize: 12 }} />
          <YAxis domain={[0, 1]} tickFormatter={(v: number) => formatPercent(v, locale)} width={48} tick={{ fill: "#1b1b1b", fontSize: 12 }} />
          <Tooltip
            formatter={(v) => formatPercent(Number(v), locale)}
            labelFormatter={(d) => formatDate(String(d), locale)}
          />
          <Area type="stepAfter" dataKey="rate" stroke="#154273" strokeWidth={2} fill="#d9e8f3" isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
