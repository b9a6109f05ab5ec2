import { NotFoundError } from "@/lib/actions/state";
import { apiError, authenticateApi } from "@/lib/auth/api";
import { exportRoundFile } from "@/lib/imports/export-queries";

// GET /api/v1/rounds/{year}/export?format=csv|xlsx — a round's answers in the import's long format.
// Admins only (manage:import), by session or API token; others get 404, anonymous 401.

export async function GET(request: Request, context: { params: Promise<{ year: string }> }): Promise<Response> {
  const viewer = await authenticateApi(request);
  if (viewer instanceof Response) return viewer;
  const { year: raw } = await context.params;
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (!/^\d{4}$/.test(raw) || (format !== "csv" && format !== "xlsx")) return apiError(404);
  try {
    const file = await exportRoundFile(viewer, Number(raw), format);
    if (!file) return apiError(404);
    return new Response(file.body as BodyInit, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return apiError(404);
    throw e;
  }
}
