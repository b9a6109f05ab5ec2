import { NotFoundError } from "@/lib/actions/state";
import { apiError, authenticateApi } from "@/lib/auth/api";
import { municipalitiesCsv } from "@/lib/municipality-admin/api-format";
import { listMunicipalitiesForApi } from "@/lib/municipality-admin/queries";

// GET /api/v1/municipalities[?gids=true][&format=csv] — code, name, province, GGD region, population, size
// class and GIDS status of every municipality (merged-away ones with valid_to and successor_code).
// Any signed-in role, by session or API token; anonymous 401.

const ATTRIBUTION = "Bron: CBS (Gebiedsindelingen 2025, StatLine 03759ned), CC BY 4.0";

export async function GET(request: Request): Promise<Response> {
  const viewer = await authenticateApi(request);
  if (viewer instanceof Response) return viewer;
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "json";
  if (format !== "json" && format !== "csv") return Response.json({ error: "format must be json or csv" }, { status: 400 });
  try {
    const rows = await listMunicipalitiesForApi(viewer, { gidsOnly: params.get("gids") === "true" });
    const headers = { "Cache-Control": "no-store", "X-Attribution": ATTRIBUTION };
    if (format === "csv") {
      return new Response(municipalitiesCsv(rows), {
        headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="gemeenten.csv"' },
      });
    }
    return Response.json({ attribution: ATTRIBUTION, count: rows.length, municipalities: rows }, { headers });
  } catch (e) {
    if (e instanceof NotFoundError) return apiError(403);
    throw e;
  }
}
