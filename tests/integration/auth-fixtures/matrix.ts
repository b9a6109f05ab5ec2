// The authorization matrix's vocabulary: an entry is one server action, route handler method or query;
// `allowed` lists the personas that may use it; `call` runs it as the current persona (the test file mocks
// getViewer and next/headers) and says whether it was allowed or denied. Denied calls must change nothing.
import { NotFoundError, type ActionState } from "@/lib/actions/state";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Cast, Persona } from "./personas";

export type Outcome = "allowed" | "denied";
export type Kind = "action" | "route" | "query";

export type Ctx = { cast: Cast; persona: Persona; viewer: Viewer | null };

type EntryOf<P> = {
  kind: Kind;
  /** Repository path of the file, e.g. "lib/users/actions.ts" or "app/api/health/route.ts". */
  file: string;
  /** The export (for routes: the HTTP method). */
  name: string;
  allowed: readonly Persona[];
  /** Personas that cannot make the call at all (a query typed to require a Viewer: pages call requireViewer first). */
  unreachable?: readonly Persona[];
  /** Sets up the target record (outside the "nothing changed" comparison). */
  prepare?: (ctx: Ctx) => Promise<P>;
  call: (ctx: Ctx, prepared: P) => Promise<Outcome>;
};
export type Entry = EntryOf<unknown>;

/** Declares an entry (typed `prepare` → `call`). */
export function entry<P = undefined>(e: EntryOf<P>): Entry {
  return e as Entry;
}

export const ALL: readonly Persona[] = ["anonymous", "csSame", "csOther", "adviserAssigned", "adviserOther", "vws", "admin"];
export const SIGNED_IN: readonly Persona[] = ALL.filter((p) => p !== "anonymous");
export const ADMIN_ONLY: readonly Persona[] = ["admin"];
/** Who opens a municipality's workspace (the civil servant's own, the assigned adviser, admin). */
export const WORKSPACE_READERS: readonly Persona[] = ["csSame", "adviserAssigned", "admin"];
/** Who writes in it (advisers and VWS read only). */
export const WORKSPACE_WRITERS: readonly Persona[] = ["csSame", "admin"];

const DENIED_KEYS = new Set(["errors.notFound", "errors.signedOut"]);

/**
 * A server action's result. Denied: "not found" or "signed out". Allowed: success, or a refusal by a domain
 * rule that only runs after authorization (a conflict, an incomplete questionnaire). A validation failure
 * means the fixture's input is wrong: that fails the test, because zod runs before authorization.
 */
export async function actionOutcome(run: () => Promise<ActionState<unknown> | void>): Promise<Outcome> {
  let state: ActionState<unknown> | void;
  try {
    state = await run();
  } catch (e) {
    // Actions that redirect on success (create → detail page) throw Next's redirect signal.
    if (e instanceof Error && e.message === "NEXT_REDIRECT") return "allowed";
    throw e;
  }
  if (state === undefined || state === null || state.ok) return "allowed";
  if (state.formError && DENIED_KEYS.has(state.formError)) return "denied";
  if (state.formError === "errors.invalid" && !state.conflict) throw new Error(`fixture input rejected: ${JSON.stringify(state)}`);
  if (state.formError === "errors.unexpected" || state.formError === "errors.forbiddenOrigin") throw new Error(`action failed: ${JSON.stringify(state)}`);
  return "allowed";
}

/** A query: NotFoundError, null or "no rows" (as judged by `hasData`) is denied. */
export async function queryOutcome<T>(run: () => Promise<T>, hasData: (v: T) => boolean = (v) => v !== null && v !== undefined): Promise<Outcome> {
  try {
    return hasData(await run()) ? "allowed" : "denied";
  } catch (e) {
    if (e instanceof NotFoundError) return "denied";
    throw e;
  }
}

/** A route handler: 2xx allowed, 401/403/404 denied, anything else is a failure of the test. */
export async function routeOutcome(res: Response): Promise<Outcome> {
  if (res.status >= 200 && res.status < 300) return "allowed";
  if ([401, 403, 404].includes(res.status)) return "denied";
  throw new Error(`unexpected status ${res.status}: ${await res.text()}`);
}

export function form(values: Record<string, string | number | readonly string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) {
    if (Array.isArray(v)) for (const x of v) f.append(k, String(x));
    else f.set(k, String(v));
  }
  return f;
}

let counter = 0;
/** A unique suffix for records the allowed calls create. */
export const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/**
 * A fingerprint of every table's contents (md5 of all rows), to prove that a denied call changed nothing.
 * login_throttle is left out: it is not touched by any action.
 */
export async function fingerprint(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('login_throttle', '_migrations') ORDER BY 1`;
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ h: string | null }[]>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${name}" t`);
    out[name] = row?.h ?? "empty";
  }
  return out;
}
