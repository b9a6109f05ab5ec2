import { queryString } from "@/lib/dashboards/filters";
import { dashboardsT } from "@/lib/dashboards/i18n";

/** CSV and XLSX downloads of a chart's table (the export route builds the same table as the page). */
export async function DownloadLinks({ chart, params, title }: { chart: string; params: Record<string, string | number | null | undefined>; title: string }) {
  const t = await dashboardsT();
  const href = (format: "csv" | "xlsx") => `/api/v1/dashboards/${chart}${queryString({ ...params, format })}`;
  const link = "rounded border border-brand-700 px-2 py-0.5 text-sm font-semibold no-underline hover:bg-brand-50";
  return (
    <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">{t("download.label")}</span>
      <a href={href("csv")} download className={link} aria-label={t("download.csvLabel", { title })}>
        CSV
      </a>
      <a href={href("xlsx")} download className={link} aria-label={t("download.xlsxLabel", { title })}>
        Excel (XLSX)
      </a>
    </p>
  );
}
