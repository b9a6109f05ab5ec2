// Where to go after signing in: only paths on this site, never another host (open redirect) and never
// back into the sign-in machinery. Pure.

const BASE = "http://portal.invalid";

/** A safe same-site path from a callbackUrl parameter, or null when it is missing or unsafe. */
export function safeCallbackPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return null;
  // Only absolute paths; "//host" and "/\host" are protocol-relative in browsers.
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return null;
  // Control characters (tabs, newlines) are stripped by URL parsers and can smuggle a host.
  if (/[\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  if (url.pathname === "/login" || url.pathname.startsWith("/login/") || url.pathname.startsWith("/api/")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
