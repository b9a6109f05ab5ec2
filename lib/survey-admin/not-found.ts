import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/actions/state";
import { can, type Entity } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/auth/viewer-types";

/** The signed-in viewer of an admin page, or a 404 for anyone without the permission (sign-in first). */
export async function requireAdminViewer(path: string, entity: Extract<Entity, "survey-admin" | "import">): Promise<Viewer> {
  const viewer = await requireViewer(path);
  if (!can(viewer.role, "manage", entity)) notFound();
  return viewer;
}

/** Awaits a query; "not found or not allowed" becomes the 404 page. */
export async function orNotFound<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
