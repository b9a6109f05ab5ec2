// Shared rendered output (docs/decisions/046-shared-rendered-output.md, 047-workspace-output.md): the
// production server answers a repeated request for a national page, the round-results API, a municipality
// home or the adviser's caseload from memory, as long as nothing it was made of has changed. What it is
// made of:
//   - the national aggregates: nationalVersion() changes with every invalidation, in every process;
//   - for the home and the caseload, municipalities' data: workspaceVersion() changes with every write to
//     the tables they are made of (database triggers);
//   - the day in the Netherlands: pages count days (deadlines, overdue follow-ups);
//   - what the page shows about the viewer (role, name, notifications): viewerVersion(user) changes when
//     the user's row, membership or notifications change (database triggers);
//   - the locale and the response encoding: part of the key.
// Entries belong to one user: nobody ever receives bytes rendered for somebody else. Every answer from
// memory is checked first: a valid session (next-auth's own decoding and the portal's session limits), an
// active user whose role holds the route's permission (the one permission map). Anything else — and every
// miss — goes to Next, which renders and authorizes as always; its 200 answers are kept for next time.
// Outside Next's bundle: no "server-only" imports, no Prisma.
import type { IncomingMessage, ServerResponse } from "node:http";
import { decode } from "next-auth/jwt";
import pg from "pg";
import { can, ROLES, type Role } from "@/lib/auth/permissions";
import { nowSeconds, sessionStatus, type SessionPolicy } from "@/lib/auth/session-policy";
import { isListening, nationalVersion, startListening, viewerVersion, workspaceVersion } from "@/lib/cache/bus";
import { KeptWhileUnchanged } from "@/lib/cache/kept";
import { isUuid } from "@/lib/uuid";
import {
  amsterdamDay,
  outputKey,
  parseCookies,
  sessionToken,
  sessionUser,
  sharedOutputRequest,
  storableHeaders,
  type SessionClaims,
  type SharedRoute,
} from "./shared-output-rules";

export type SharedOutputOptions = {
  databaseUrl: string;
  secret: string;
  policy: SessionPolicy;
  /** Print a "[db-query]" line per query (the benchmark counts them). */
  logQueries?: boolean;
  maxEntries?: number;
  maxBytes?: number;
  /** Safety net: an entry is rendered again after this long even if nothing announced a change. */
  maxAgeMs?: number;
};

type Entry = { national: number; workspace: number | null; viewer: string; day: string; expires: number; status: number; headers: Record<string, number | string | string[]>; body: Buffer };
type ViewerRow = { role: Role | null; active: boolean };
type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export type SharedOutput = {
  /** Answers from memory when it may; otherwise passes to `next` (and keeps a cacheable answer). */
  handle: (req: IncomingMessage, res: ServerResponse, next: Handler) => Promise<void>;
  close: () => Promise<void>;
};

export function createSharedOutput(opts: SharedOutputOptions): SharedOutput {
  const maxEntries = opts.maxEntries ?? 500;
  const maxBytes = opts.maxBytes ?? 64 * 2 ** 20;
  const maxAgeMs = opts.maxAgeMs ?? 15 * 60 * 1000;
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 2, application_name: "gezondin-shared-output" });
  pool.on("error", (e) => console.error("[shared-output] pool:", e.message));
  const entries = new Map<string, Entry>();
  const sessions = new Map<string, SessionClaims | null>();
  const viewers = new KeptWhileUnchanged<ViewerRow>();
  let bytes = 0;
  startListening(opts.databaseUrl);

  const remove = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    bytes -= e.body.length;
    entries.delete(key);
  };

  async function claimsOf(token: string): Promise<SessionClaims | null> {
    if (sessions.has(token)) return sessions.get(token)!;
    const claims = ((await decode({ token, secret: opts.secret }).catch(() => null)) ?? null) as SessionClaims | null;
    sessions.set(token, claims);
    if (sessions.size > 2000) sessions.delete(sessions.keys().next().value!);
    return claims;
  }

  async function viewerOf(userId: string): Promise<ViewerRow> {
    const version = viewerVersion(userId);
    const known = viewers.get(userId, version);
    if (known) return known;
    const text = "select role::text as role, active from app_user where id = $1";
    if (opts.logQueries) process.stdout.write(`[db-query] shared-output ${text}\n`);
    const { rows } = await pool.query<{ role: string; active: boolean }>({ name: "shared-output-viewer", text, values: [userId] });
    const row = rows[0];
    const role = row && (ROLES as readonly string[]).includes(row.role) ? (row.role as Role) : null;
    const v: ViewerRow = { role, active: Boolean(row?.active && role) };
    viewers.set(userId, version, v);
    return v;
  }

  /** The user of a valid session (next-auth's decoding and the portal's limits; no database read), or null. */
  async function sessionUserOf(cookies: Map<string, string>): Promise<string | null> {
    const token = sessionToken(cookies);
    if (!token) return null;
    const userId = sessionUser(await claimsOf(token), nowSeconds(), (t) => sessionStatus(t, nowSeconds(), opts.policy));
    return userId && isUuid(userId) ? userId : null;
  }

  /** Whether the user (still) may be sent a stored answer of this route: active, with the route's permission. */
  async function mayReceive(userId: string, route: SharedRoute): Promise<boolean> {
    try {
      const viewer = await viewerOf(userId);
      return Boolean(viewer.active && viewer.role && can(viewer.role, ...route.permission));
    } catch (error) {
      console.error("[shared-output] viewer check failed:", error instanceof Error ? error.message : String(error));
      return false;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, next: Handler): Promise<void> {
    const request = isListening() ? sharedOutputRequest(req) : null;
    if (!request) return next(req, res);
    const { url, route } = request;
    const cookies = parseCookies(req.headers.cookie);
    const userId = await sessionUserOf(cookies);
    if (!userId) return next(req, res);

    const key = outputKey(userId, url, req, cookies);
    const hit = entries.get(key);
    const current = (e: Entry | undefined): e is Entry =>
      e !== undefined &&
      e.national === nationalVersion() &&
      e.workspace === (route.workspace ? workspaceVersion() : null) &&
      e.viewer === viewerVersion(userId) &&
      e.day === amsterdamDay(new Date()) &&
      e.expires > Date.now();
    if (current(hit)) {
      // The user is checked before anything is sent from memory. A miss needs no check here: Next renders
      // it and authorizes in its data layer, and what it answers is kept for this user only.
      if (!(await mayReceive(userId, route))) {
        remove(key);
        return next(req, res);
      }
      if (current(hit)) {
        entries.delete(key); // most recently used last
        entries.set(key, hit);
        res.writeHead(hit.status, { ...hit.headers, "content-length": hit.body.length, "x-gezondin-output": "hit" });
        res.end(hit.body);
        return;
      }
    }
    // Versions from before rendering: a change announced meanwhile makes the entry stale at once.
    const national = nationalVersion();
    const workspace = route.workspace ? workspaceVersion() : null;
    const viewer = viewerVersion(userId);
    const day = amsterdamDay(new Date());
    if (hit) remove(key);
    res.setHeader("x-gezondin-output", "miss");
    capture(res, (body) => {
      if (res.statusCode !== 200 || body.length > maxBytes / 8) return;
      const headers = storableHeaders(res.getHeaders());
      if (!headers) return;
      remove(key);
      entries.set(key, { national, workspace, viewer, day, expires: Date.now() + maxAgeMs, status: 200, headers, body });
      bytes += body.length;
      while (entries.size > maxEntries || bytes > maxBytes) remove(entries.keys().next().value!);
    });
    return next(req, res);
  }

  return {
    handle,
    close: () => pool.end(),
  };
}

/**
 * Calls `done` with the bytes sent (after compression) once the whole response has been handed to the
 * operating system ("finish"); a response cut short (the client went away) never finishes and is not kept.
 */
function capture(res: ServerResponse, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let failed = false;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk)); // a copy: the caller may reuse its buffer
    else failed = true;
  };
  const write = res.write.bind(res) as (...a: unknown[]) => boolean;
  const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
  res.write = ((...a: unknown[]) => {
    keep(a[0], a[1]);
    return write(...a);
  }) as ServerResponse["write"];
  res.end = ((...a: unknown[]) => {
    keep(a[0], a[1]);
    return end(...a);
  }) as ServerResponse["end"];
  res.once("finish", () => {
    if (failed) return;
    try {
      done(Buffer.concat(chunks));
    } catch (error) {
      console.error("[shared-output] could not keep a response:", error instanceof Error ? error.message : String(error));
    }
  });
}
