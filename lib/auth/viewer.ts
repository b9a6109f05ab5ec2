import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth/next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { authOptions } from "./options";
import { loadViewer } from "./load-viewer";
import { safeCallbackPath } from "./callback-url";
import type { Viewer } from "./viewer-types";

/**
 * Who is asking, or null. Once per request (React cache): the session gives only the user id; the user
 * itself (active, role, current municipality) is read from the database every time.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  await connection(); // who is asking is known only at request time (never prerendered)
  const session = await getServerSession(authOptions());
  return session?.user?.id ? loadViewer(session.user.id, "session") : null;
});

/** The viewer, or a redirect to /login (returning to `returnTo` afterwards when it is a safe path). */
export async function requireViewer(returnTo?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (viewer) return viewer;
  const back = safeCallbackPath(returnTo);
  redirect(back ? `/login?callbackUrl=${encodeURIComponent(back)}` : "/login");
}
