import { getRoundResults } from "@/lib/surveys/results";

// Read API: the aggregated results of one survey round (national figures, no per-municipality data).
export const dynamic = "force-dynamic";

const HEADERS = { "Cache-Control": "no-store" };

function problem(status: number, error: string, message: string): Response {
  return Response.json({ error, message }, { status, headers: HEADERS });
}

export async function GET(_request: Request, context: { params: Promise<{ year: string }> }): Promise<Response> {
  const { year: raw } = await context.params;
  if (!/^\d{1,4}$/.test(raw)) return problem(400, "invalid_year", "year must be a whole number, e.g. 2021");
  try {
    const results = await getRoundResults(Number(raw));
    if (!results) return problem(404, "not_found", `no survey round ${Number(raw)}`);
    return Response.json(results, { headers: HEADERS });
  } catch (error) {
    console.error("[api] round results failed:", error instanceof Error ? error.message : String(error));
    return problem(500, "internal_error", "the results could not be loaded");
  }
}
