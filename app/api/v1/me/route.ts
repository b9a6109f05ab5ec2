import { authenticateApi } from "@/lib/auth/api";


/** Who am I: the signed-in user or the API token's owner (lets API clients check their token). */
export async function GET(request: Request): Promise<Response> {
  const viewer = await authenticateApi(request);
  if (viewer instanceof Response) return viewer;
  const { id, name, email, role, municipalityCode, via } = viewer;
  return Response.json({ id, name, email, role, municipalityCode, via }, { headers: { "Cache-Control": "no-store" } });
}
