import { apiError, authenticateApi } from "@/lib/auth/api";
import { can } from "@/lib/auth/permissions";
import { fileNameFor } from "@/lib/dashboards/chart-table";
import { dashboardContext } from "@/lib/dashboards/context";
import { tableToCsv } from "@/lib/dashboards/csv";
import { buildChartTable, csvLabels } from "@/lib/dashboards/exports";
import { tableToXlsx } from "@/lib/dashboards/xlsx";

// GET /api/v1/dashboards/{chart}?ronde=&vraag=&optie=&uitsplitsing=&niveau=&format=csv|xlsx|json — the table
// behind one dashboard chart, with title, round, n, source and generation time. Every signed-in role (session
// or API token); anonymous 401; an unknown chart, round or question 404.

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export async function GET(request: Request, context: { params: Promise<{ chart: string }> }): Promise<Response> {
  const viewer = await authenticateApi(request);
  if (viewer instanceof Response) return viewer;
  if (!can(viewer.role, "read", "national")) return apiError(404);
  const { chart } = await context.params;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx" && format !== "json") return apiError(404);
  const c = await dashboardContext(viewer);
  const table = await buildChartTable(viewer, c, chart, Object.fromEntries(url.searchParams));
  if (!table) return apiError(404);
  if (format === "json") return Response.json(table, { headers: { "Cache-Control": "no-store" } });
  const body = format === "csv" ? tableToCsv(table, csvLabels(c)) : new Uint8Array(await tableToXlsx(table, csvLabels(c)));
  return new Response(body, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${fileNameFor(table, format)}"`,
      "Cache-Control": "no-store",
    },
  });
}
