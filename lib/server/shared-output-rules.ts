// Which responses the production server may answer from memory, and under which key (pure; unit-tested).
// See lib/server/shared-output.ts and docs/decisions/046-shared-rendered-output.md.
import type { Action, Entity } from "@/lib/auth/permissions";
import { resolveLocale, LOCALE_COOKIE } from "@/lib/i18n/config";

/**
 * The routes answered from memory, with the permission a user must hold for a stored answer to be sent and
 * whether its content includes municipalities' data (then any workspace change makes it stale).
 *   - the national pages and the round-results API: the national aggregates (one version for everybody
 *     allowed to see them) plus what the page shows about the viewer; every signed-in role may read them;
 *   - a municipality's home page (`/gemeenten/GM0794`): its approach, initiatives, questionnaire and the
 *     national comparisons (docs/decisions/047);
 *   - the adviser's caseload (`/adviseur`): the assigned municipalities' data, triaged per day.
 * Which parts a role sees is decided when rendering, and entries are kept per user: a stored answer is what
 * the data layer rendered for this very user.
 */
export type SharedRoute = { name: "national" | "results" | "home" | "caseload"; permission: [Action, Entity]; workspace: boolean };

const ROUTES: { pattern: RegExp; route: SharedRoute }[] = [
  { pattern: /^\/landelijk(?:\/[a-z0-9._/-]*)?$/i, route: { name: "national", permission: ["read", "national"], workspace: false } },
  { pattern: /^\/api\/v1\/rounds\/\d{1,4}\/results$/, route: { name: "results", permission: ["read", "national"], workspace: false } },
  { pattern: /^\/gemeenten\/GM\d{4}$/, route: { name: "home", permission: ["read", "municipality"], workspace: true } },
  { pattern: /^\/adviseur$/, route: { name: "caseload", permission: ["read", "advice"], workspace: true } },
];

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

export type RequestFacts = {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
};

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** Cookies of a Cookie header (first value of a repeated name wins, as in browsers' order of precedence). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of (header ?? "").split(";")) {
    const part = raw.trim();
    const i = part.indexOf("=");
    if (i < 1) continue;
    const name = part.slice(0, i);
    if (!out.has(name)) out.set(name, part.slice(i + 1).trim());
  }
  return out;
}

/**
 * The request's path and query and its route when it may be answered from memory: a plain GET of a shared
 * route by a browser session (not an API token), for the whole document or body — never a client-side
 * navigation's RSC payload, a prefetch, a server action or a partial (Range) request.
 */
export function sharedOutputRequest(r: RequestFacts): { url: string; route: SharedRoute } | null {
  if (r.method !== "GET" || !r.url) return null;
  const h = r.headers;
  if (h["rsc"] || h["next-router-prefetch"] || h["next-router-state-tree"] || h["next-router-segment-prefetch"] || h["next-action"]) return null;
  if (h["authorization"] || h["range"]) return null;
  const q = r.url.indexOf("?");
  const pathname = q === -1 ? r.url : r.url.slice(0, q);
  const found = ROUTES.find((x) => x.pattern.test(pathname));
  if (!found) return null;
  if (q !== -1 && new URLSearchParams(r.url.slice(q + 1)).has("_rsc")) return null;
  return { url: r.url, route: found.route };
}

/** The request's path and query when it may be answered from memory (see sharedOutputRequest). */
export function sharedOutputPath(r: RequestFacts): string | null {
  return sharedOutputRequest(r)?.url ?? null;
}

const DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The calendar day in the Netherlands (YYYY-MM-DD). Pages count days (deadlines, overdue follow-ups, "n days
 * ago", current assignments): an answer kept from yesterday is never sent today.
 */
export function amsterdamDay(at: Date): string {
  return DAY.format(at);
}

/** The session cookie's value; null when absent or split into chunks (left to next-auth). */
export function sessionToken(cookies: Map<string, string>): string | null {
  for (const name of SESSION_COOKIES) {
    const v = cookies.get(name);
    if (v) return v;
  }
  return null;
}

/** Everything besides the user and the data that changes the bytes of a response. */
export function outputKey(userId: string, url: string, r: RequestFacts, cookies: Map<string, string>): string {
  const locale = resolveLocale(cookies.get(LOCALE_COOKIE));
  const encoding = one(r.headers["accept-encoding"]) ?? "";
  return `${userId}\n${locale}\n${encoding}\n${url}`;
}

/** Response headers worth keeping with a stored body (hop-by-hop and per-response ones go). */
export function storableHeaders(headers: Record<string, number | string | string[] | undefined>): Record<string, number | string | string[]> | null {
  const out: Record<string, number | string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const n = name.toLowerCase();
    if (n === "set-cookie") return null; // a response that sets a cookie is never shared
    if (["connection", "keep-alive", "transfer-encoding", "content-length", "date", "x-gezondin-output"].includes(n)) continue;
    out[n] = value;
  }
  return out["content-type"] ? out : null;
}

/** Idle-free: the session times as the jwt callback reads them. */
export type SessionClaims = { uid?: unknown; authTime?: unknown; lastSeen?: unknown; exp?: unknown };

/** The user id of a decoded session that is still valid at `now` (epoch seconds), else null. */
export function sessionUser(
  claims: SessionClaims | null,
  now: number,
  status: (t: { authTime?: number; lastSeen?: number }) => string,
): string | null {
  if (!claims || typeof claims.uid !== "string") return null;
  if (typeof claims.exp === "number" && claims.exp <= now) return null;
  const times = {
    authTime: typeof claims.authTime === "number" ? claims.authTime : undefined,
    lastSeen: typeof claims.lastSeen === "number" ? claims.lastSeen : undefined,
  };
  return status(times) === "active" ? claims.uid.toLowerCase() : null;
}
