import type { ReactNode } from "react";
import type { ChartTable } from "@/lib/dashboards/chart-table";
import { DataTable } from "./data-table";
import { DownloadLinks } from "./download-links";

// The one chart pattern: heading, base (round and n), the chart, its data-table twin and the downloads.

export type ChartDownload = { chart: string; params: Record<string, string | number | null | undefined> };

export function ChartCard({
  id,
  table,
  download,
  heading = 3,
  children,
  footer,
}: {
  id: string;
  table: ChartTable;
  download: ChartDownload;
  heading?: 2 | 3;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const H = heading === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`${id}-h`} className="mb-12">
      <H id={`${id}-h`} className={heading === 2 ? "text-2xl font-semibold" : "text-lg font-semibold"}>
        {table.title}
      </H>
      <p className="mt-1 mb-4 text-sm text-muted">
        {table.round} · {table.n}
      </p>
      {children}
      <DataTable table={table} />
      <DownloadLinks chart={download.chart} params={download.params} title={table.title} />
      {footer}
    </section>
  );
}
