// One production server for the benchmark: the one `serve()` (scripts/lib/app.ts) starts, on a bench
// database; for counting queries with a line per database query on its stdout (lib/db.ts logs Prisma's
// query events when DB_QUERY_LOG=1), which `queriesFor` counts while nothing else is running.
import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { serve } from "../lib/app";

export type BenchServer = {
  base: string;
  /** Database queries the server has issued since it started. */
  queries: () => number;
  /** Milliseconds the database took for them (Prisma's query events; only with logQueries). */
  queryMs: () => number;
  /** CPU time (ms) of the server's process tree so far; null where /proc is not readable. */
  cpuMs: () => number | null;
  stop: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `logQueries` only for counting queries: the log line per query (and reading it here) costs CPU that the
 * load runs must not pay.
 */
export async function startServer(url: string, port: number, opts: { logQueries?: boolean } = {}): Promise<BenchServer> {
  const base = `http://127.0.0.1:${port}`;
  // No job worker: its every-minute follow-up sync would add queries (and CPU) to what a page is measured by.
  const child: ChildProcess = serve({ url, port, demo: true, pipeOutput: true, extraEnv: { NEXTAUTH_URL: base, DB_QUERY_LOG: opts.logQueries ? "1" : "0", JOBS_WORKER: "0" } });
  let count = 0;
  let queryMs = 0;
  let partial = ""; // a line cut between two chunks
  child.stdout!.setEncoding("utf8");
  child.stdout!.on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith("[db-query]")) {
        count++;
        queryMs += Number(/^\[db-query\] (\d+(?:\.\d+)?) ms/.exec(line)?.[1] ?? 0);
      }
      else if (line.trim()) process.stdout.write(`  [server] ${line}\n`);
    }
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, sleep(5000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  // Generous: on a shared machine a cold start can take long; a server that never answers is stopped here.
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error("the server did not answer /api/health within 120 s");
    }
    await sleep(200);
  }
  return {
    base,
    queries: () => count,
    queryMs: () => queryMs,
    cpuMs: () => (child.pid === undefined ? null : treeCpuMs(child.pid)),
    stop,
  };
}

/** User + system CPU time (ms) of a process and all its descendants, from /proc (Linux). */
function treeCpuMs(root: number): number | null {
  try {
    const stats = new Map<number, { ppid: number; ticks: number }>();
    for (const d of readdirSync("/proc")) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const text = readFileSync(`/proc/${d}/stat`, "utf8");
        const f = text.slice(text.lastIndexOf(")") + 2).split(" "); // fields from 3 (state) on
        stats.set(Number(d), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) }); // ppid, utime, stime
      } catch {
        // the process ended meanwhile
      }
    }
    let ticks = 0;
    const queue = [root];
    while (queue.length) {
      const pid = queue.pop()!;
      ticks += stats.get(pid)?.ticks ?? 0;
      for (const [child, s] of stats) if (s.ppid === pid) queue.push(child);
    }
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** Signs in through next-auth's credentials endpoint, as the login form does; returns the Cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: base }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.endsWith("session-token"))) throw new Error(`sign-in failed for ${email} (${res.status})`);
  return header();
}

/** GETs a URL and fails unless it answers 200 (a redirect to /login would measure the wrong page). */
export async function getOk(url: string, cookie?: string): Promise<string> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return body;
}

/**
 * Queries of rendered requests of a page, counted from the server's query lines; the server must be idle.
 * One request per entry of `requests` (each another user): `cold` is the first (it also fills Next's data
 * caches after a start), `warm` the worst of the others.
 */
export async function queriesFor(server: BenchServer, requests: readonly { path: string; cookie?: string }[]): Promise<{ cold: number; warm: number; warmDbMs: number }> {
  if (requests.length < 2) throw new Error("queriesFor needs a first request and at least one more");
  const counts: number[] = [];
  const dbMs: number[] = [];
  for (const r of requests) {
    await sleep(100);
    const before = server.queries();
    const beforeMs = server.queryMs();
    await getOk(`${server.base}${r.path}`, r.cookie);
    await sleep(300); // work after the response (e.g. next/server after()) is counted with its request
    counts.push(server.queries() - before);
    dbMs.push(server.queryMs() - beforeMs);
  }
  return { cold: counts[0]!, warm: Math.max(...counts.slice(1)), warmDbMs: Math.max(...dbMs.slice(1)) };
}

/** The JavaScript a browser downloads for a page: every script chunk the HTML names, gzip-compressed. */
export async function pageJavaScriptGzip(server: BenchServer, path: string, cookie: string): Promise<{ bytes: number; files: number }> {
  const html = await getOk(`${server.base}${path}`, cookie);
  const urls = new Set(html.match(/\/_next\/static\/[^"'\\\s)]+?\.js/g) ?? []);
  let bytes = 0;
  for (const u of urls) {
    const res = await fetch(`${server.base}${u}`);
    if (!res.ok) throw new Error(`${u} answered ${res.status}`);
    bytes += gzipSync(Buffer.from(await res.arrayBuffer())).length;
  }
  return { bytes, files: urls.size };
}
