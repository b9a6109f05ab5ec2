import "server-only";
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import type { Viewer } from "@/lib/auth/viewer-types";
import { hashToken, isWellFormedToken } from "./token";

/** Roles a token may act for (the read API is for VWS and programme staff). */
export const TOKEN_ROLES = ["VWS", "ADMIN"] as const;

// last_used_at is written at most this often per token, so busy clients do not write on every request.
const TOUCH_EVERY_MS = 60_000;

/** The viewer a bearer token acts for: valid, not revoked, owner active and still VWS or admin. Else null. */
export async function viewerForToken(token: string): Promise<Viewer | null> {
  if (!isWellFormedToken(token)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, revokedAt: true },
  });
  if (!row || row.revokedAt) return null;
  const viewer = await loadViewer(row.userId, "token");
  if (!viewer || !(TOKEN_ROLES as readonly string[]).includes(viewer.role)) return null;
  const now = new Date();
  await db.apiToken.updateMany({
    where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - TOUCH_EVERY_MS) } }] },
    data: { lastUsedAt: now },
  });
  return viewer;
}
