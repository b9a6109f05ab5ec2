// The credential of POST /api/internal/revalidate: hex HMAC-SHA256 of "revalidate" keyed with
// NEXTAUTH_SECRET, which only the portal's own processes and operators hold. Pure (node:crypto only):
// used by the route and by scripts (lib/cache/expire-outside.ts).
import { createHmac, timingSafeEqual } from "node:crypto";

export function revalidateToken(secret: string): string {
  return createHmac("sha256", secret).update("revalidate").digest("hex");
}

/** True when `authorization` is `Bearer <the token for secret>`; compared in constant time. */
export function isRevalidateAuthorized(authorization: string | null, secret: string | undefined): boolean {
  if (!secret || !authorization?.startsWith("Bearer ")) return false;
  const given = Buffer.from(authorization.slice("Bearer ".length).trim(), "utf8");
  const expected = Buffer.from(revalidateToken(secret), "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
