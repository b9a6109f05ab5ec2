import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getWorkspace, type WorkspaceDTO } from "@/lib/workspace/queries";

/** Every workspace page starts here: the signed-in viewer and the workspace they may see, else 404. */
export async function loadWorkspace(params: Promise<{ code: string }>, path = ""): Promise<{ viewer: Viewer; ws: WorkspaceDTO }> {
  const { code } = await params;
  const viewer = await requireViewer(`/gemeenten/${code}${path}`);
  const ws = await getWorkspace(viewer, code);
  if (!ws) notFound();
  return { viewer, ws };
}
