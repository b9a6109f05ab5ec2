import "server-only";
import { bearerToken } from "@/lib/api-tokens/token";
import { viewerForToken } from "@/lib/api-tokens/lookup";
import { getViewer } from "./viewer";
import type { Viewer } from "./viewer-types";

// The read API's authentication: a bearer API token or the browser session. Route handlers do
//   const viewer = await authenticateApi(request); if (viewer instanceof Response) return viewer;
// and then check permissions themselves (apiError(403) or apiError(404)).

const MESSAGES = { 401: "unauthorized", 403: "forbidden", 404: "not found" } as const;

/** A JSON error response that carries no data. */
export function apiError(status: keyof typeof MESSAGES): Response {
  return Response.json(
    { error: MESSAGES[status] },
    {
      status,
      headers: {
        "Cache-Control": "no-store",
        ...(status === 401 ? { "WWW-Authenticate": 'Bearer realm="gezondin"' } : {}),
      },
    },
  );
}

/** The viewer of an API request, or a 401 response. A present but invalid token is refused, not ignored. */
export async function authenticateApi(request: Request): Promise<Viewer | Response> {
  const header = request.headers.get("authorization");
  if (header) {
    const token = bearerToken(header);
    const viewer = token ? await viewerForToken(token) : null;
    return viewer ?? apiError(401);
  }
  return (await getViewer()) ?? apiError(401);
}
