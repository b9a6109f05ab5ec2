// API token format and hashing. Pure (node:crypto only). A token is "gzi_" + 32 random bytes in base64url;
// the database keeps its SHA-256 (a random 256-bit secret needs no slow hash) and a short prefix to show.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "gzi_";
const BODY = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function generateToken(): { token: string; prefix: string; hash: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, TOKEN_PREFIX.length + 6), hash: hashToken(token) };
}

/** Cheap shape check before touching the database. */
export function isWellFormedToken(token: string): boolean {
  return token.startsWith(TOKEN_PREFIX) && BODY.test(token.slice(TOKEN_PREFIX.length));
}

/** The bearer token of an Authorization header, or null when there is none. */
export function bearerToken(header: string | null): string | null {
  const m = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return m ? m[1]! : null;
}
