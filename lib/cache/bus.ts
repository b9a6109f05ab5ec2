// Invalidation of the in-memory caches across server processes, over PostgreSQL LISTEN/NOTIFY
// (docs/decisions/046-shared-rendered-output.md). The portal runs several server processes (one per core,
// scripts/server.ts) and may run on several machines against one database: a cache that one process clears
// must be cleared in all of them. Every process listens on one channel; a write publishes after its commit.
//
//   national          national aggregates changed (lib/dashboards/cache.ts#invalidateNational)
//   viewer:<user id>  what a user's pages show about the user changed: the user row (role, active, name),
//                     a membership, an adviser assignment or a notification; sent by database triggers
//                     (migrations 20261206000000_cache_bus, 20261206100000_cache_bus_workspace), so no code
//                     path can forget it.
//   sync:<token>      nothing changed: a process waits for its own token to know it has received everything
//                     committed before it (settle()).
//   workspace         a municipality's data changed (approach, initiatives, questionnaires, advice, rounds,
//                     municipalities, users …): sent by statement-level triggers on those tables, at most
//                     once per transaction (PostgreSQL folds equal notifications of one transaction).
//
// No "server-only" here: the production server (outside Next's bundle) and the app (inside it) both use
// this module, and each gets its own copy of it; the state lives on globalThis, so they share it.
import pg from "pg";
import { isUuid } from "@/lib/uuid";

export const CHANNEL = "gezondin_cache";

export type BusMessage = { kind: "national" } | { kind: "workspace" } | { kind: "viewer"; userId: string } | { kind: "sync"; token: string };

/** A notification's payload as a message, or null for anything else (ignored). */
export function parseMessage(payload: string | undefined | null): BusMessage | null {
  if (payload === "national") return { kind: "national" };
  if (payload === "workspace") return { kind: "workspace" };
  if (payload?.startsWith("sync:") && /^[a-z0-9.]{1,64}$/i.test(payload.slice(5))) return { kind: "sync", token: payload.slice(5) };
  if (payload?.startsWith("viewer:")) {
    const userId = payload.slice("viewer:".length);
    return isUuid(userId) ? { kind: "viewer", userId: userId.toLowerCase() } : null;
  }
  return null;
}

export function formatMessage(m: BusMessage): string {
  if (m.kind === "viewer") return `viewer:${m.userId}`;
  if (m.kind === "sync") return `sync:${m.token}`;
  return m.kind;
}

type State = {
  /** Bumped on every national invalidation and on every (re)connect of the listener. */
  national: number;
  /** Bumped on every workspace message and on every (re)connect of the listener. */
  workspace: number;
  /** Bumped on every (re)connect: all viewers' versions change with it. */
  epoch: number;
  viewers: Map<string, number>;
  listening: boolean;
  /** The database listened to, and which connection attempt is the current one. */
  url: string | null;
  generation: number;
  client: pg.Client | null;
  /** settle() calls waiting for their token. */
  waiting: Map<string, () => void>;
  syncs: number;
};

const KEY = Symbol.for("gezondin.cache-bus");

function state(): State {
  const g = globalThis as unknown as Record<symbol, State | undefined>;
  return (g[KEY] ??= { national: 1, workspace: 1, epoch: 1, viewers: new Map(), listening: false, url: null, generation: 0, client: null, waiting: new Map(), syncs: 0 });
}

/** Applies a message to this process's versions (what a NOTIFY does when it arrives). */
export function apply(m: BusMessage): void {
  const s = state();
  if (m.kind === "national") s.national++;
  else if (m.kind === "workspace") s.workspace++;
  else if (m.kind === "sync") s.waiting.get(m.token)?.();
  else s.viewers.set(m.userId, (s.viewers.get(m.userId) ?? 0) + 1);
}

/**
 * Resolves once this process has received every notification committed before the call — PostgreSQL
 * delivers notifications in the order their transactions committed, so when the token sent now comes back,
 * all earlier ones (the database triggers' included) have arrived. Run after a commit, it makes this
 * process's caches reflect the write before the response goes out: the user's next page shows the change,
 * whichever process or cache answers it (other processes hear it within milliseconds). Returns at once when
 * this process is not listening (it then serves nothing from memory); gives up after `timeoutMs`.
 */
export async function settle(send: (text: string, values: string[]) => Promise<unknown>, timeoutMs = 2000): Promise<void> {
  const s = state();
  if (!s.listening) return;
  const token = `${process.pid}.${Date.now().toString(36)}.${++s.syncs}`;
  let timer: NodeJS.Timeout | undefined;
  const arrived = new Promise<void>((resolve) => {
    s.waiting.set(token, resolve);
    timer = setTimeout(resolve, timeoutMs);
    timer.unref();
  });
  try {
    const { text, values } = notifyStatement({ kind: "sync", token });
    await send(text, values);
    await arrived;
  } finally {
    clearTimeout(timer);
    s.waiting.delete(token);
  }
}

/** Everything this process cached before now is out of date (a missed notification is possible). */
function bumpAll(): void {
  const s = state();
  s.national++;
  s.workspace++;
  s.epoch++;
  s.viewers.clear();
}

export function nationalVersion(): number {
  return state().national;
}

/** Changes whenever any municipality's data changes (or the listener reconnects). */
export function workspaceVersion(): number {
  return state().workspace;
}

/** Changes whenever the user's own data changes (or the listener reconnects). */
export function viewerVersion(userId: string): string {
  const s = state();
  return `${s.epoch}.${s.viewers.get(userId.toLowerCase()) ?? 0}`;
}

/**
 * True while this process receives notifications. Caches may only serve entries while it is: a process
 * that might miss an invalidation must not answer from memory.
 */
export function isListening(): boolean {
  return state().listening;
}

/**
 * Starts listening (once per process and database; later calls do nothing). Reconnects after a lost
 * connection; until then isListening() is false. A different database (tests) replaces the listener. The
 * connection never keeps a script's process alive.
 */
export function startListening(connectionString: string | undefined = process.env.DATABASE_URL): void {
  const s = state();
  if (!connectionString || s.url === connectionString) return;
  s.url = connectionString;
  const generation = ++s.generation;
  s.listening = false;
  bumpAll();
  void s.client?.end().catch(() => {});
  s.client = null;
  const connect = async (): Promise<void> => {
    if (generation !== s.generation) return;
    const client = new pg.Client({ connectionString, application_name: "gezondin-cache-bus" });
    let lost = false;
    const onLost = (error?: unknown) => {
      if (lost || generation !== s.generation) return;
      lost = true;
      s.listening = false;
      bumpAll();
      if (error) console.error("[cache-bus] connection lost:", error instanceof Error ? error.message : String(error));
      client.end().catch(() => {});
      setTimeout(() => void connect(), 1000).unref();
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    client.on("notification", (n) => {
      if (n.channel !== CHANNEL || generation !== s.generation) return;
      const m = parseMessage(n.payload);
      if (m) apply(m);
    });
    try {
      await client.connect();
      unref(client);
      await client.query(`LISTEN ${CHANNEL}`);
      if (generation !== s.generation) return void client.end().catch(() => {});
      s.client = client;
      bumpAll(); // whatever was cached before may have missed a notification
      s.listening = true;
    } catch (error) {
      onLost(error);
    }
  };
  void connect();
}

/** Stops listening (a server shutting down): no reconnects, and nothing is served from memory any more. */
export async function stopListening(): Promise<void> {
  const s = state();
  s.generation++;
  s.url = null;
  s.listening = false;
  const client = s.client;
  s.client = null;
  await client?.end().catch(() => {});
}

function unref(client: pg.Client): void {
  // pg keeps its socket on `connection.stream`; not part of its types.
  const stream = (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream;
  stream?.unref?.();
}

/** The SQL that publishes a message; run it after the change it announces has been committed. */
export function notifyStatement(m: BusMessage): { text: string; values: string[] } {
  return { text: "select pg_notify($1, $2)", values: [CHANNEL, formatMessage(m)] };
}

/** For tests: this process's state back to the start. */
export function resetBusForTests(): void {
  const s = state();
  s.national = 1;
  s.workspace = 1;
  s.epoch = 1;
  s.viewers.clear();
}
