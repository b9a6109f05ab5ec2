import { NotFoundError } from "@/lib/actions/state";
import { getViewer } from "@/lib/auth/viewer";
import { getImportProgress } from "@/lib/imports/queries";

// GET /beheer/import/{id}/voortgang — the job row's progress, polled by the import page (admin only).
// A read: no origin check needed; nothing leaves it but status and counters.

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  try {
    const progress = await getImportProgress(await getViewer(), id);
    return Response.json(progress, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof NotFoundError) return Response.json({ error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
    throw e;
  }
}
