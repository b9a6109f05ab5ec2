import { authenticateApi } from "@/lib/auth/api";
import { can } from "@/lib/auth/permissions";
import { chooseOne } from "@/lib/dashboards/filters";
import { getNationalBreakdown, getNationalRounds } from "@/lib/dashboards/queries";
import { breakdownCsv, roundResultsCsv } from "@/lib/dashboards/results-csv";
import { DIMENSIONS } from "@/lib/dashboards/types";

// GET /api/v1/rounds/{year}/results[?breakdown=size_class|province|ggd_region][&format=json|csv]
// National aggregates of an open or closed round (never per-municipality answers), from the national cache.
// Every signed-in role, by session or API token; anonymous 401. Groups with fewer than 5 answers to a
// question are withheld (count and share null, suppressed true).

const HEADERS = { "Cache-Control": "no-store" };

function problem(status: number, error: string, message: string): Response {
  return Response.json({ error, message }, { status, headers: HEADERS });
}

function csv(body: string, name: string): Response {
  return new Response(body, { headers: { ...HEADERS, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` } });
}

export async function GET(request: Request, context: { params: Promise<{ year: string }> }): Promise<Response> {
  const viewer = await authenticateApi(request);
  if (viewer instanceof Response) return viewer;
  if (!can(viewer.role, "read", "national")) return problem(404, "not_found", "not found");
  const { year: raw } = await context.params;
  if (!/^\d{1,4}$/.test(raw)) return problem(400, "invalid_year", "year must be a whole number, e.g. 2021");
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "json";
  const breakdown = url.searchParams.get("breakdown");
  if (format !== "json" && format !== "csv") return problem(400, "invalid_format", "format must be json or csv");
  if (breakdown !== null && chooseOne(breakdown, DIMENSIONS, "province") !== breakdown) {
    return problem(400, "invalid_breakdown", `breakdown must be one of ${DIMENSIONS.join(", ")}`);
  }
  const year = Number(raw);
  try {
    const round = (await getNationalRounds(viewer)).find((r) => r.year === year);
    if (!round) return problem(404, "not_found", `no survey round ${year}`);
    if (breakdown === null) return format === "csv" ? csv(roundResultsCsv(round), `gezondin-resultaten-${year}.csv`) : Response.json(round, { headers: HEADERS });
    const bd = await getNationalBreakdown(viewer, year, chooseOne(breakdown, DIMENSIONS, "province"));
    if (!bd) return problem(404, "not_found", `no survey round ${year}`);
    return format === "csv" ? csv(breakdownCsv(bd), `gezondin-resultaten-${year}-${breakdown}.csv`) : Response.json(bd, { headers: HEADERS });
  } catch (error) {
    console.error("[api] round results failed:", error instanceof Error ? error.message : String(error));
    return problem(500, "internal_error", "the results could not be loaded");
  }
}
