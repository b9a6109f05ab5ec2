// The production server (`npm start`, and what `npm run demo`, the e2e tests and the benchmark run): one
// Next.js process per core behind one port (node:cluster; the primary hands each new connection to the
// workers in turn, so they carry equal shares), each answering repeated national pages from memory
// (lib/server/shared-output.ts). Caches in the processes stay consistent through PostgreSQL LISTEN/NOTIFY
// (lib/cache/bus.ts). docs/decisions/046.
//   tsx scripts/server.ts [-p PORT] [-H HOST]     WEB_CONCURRENCY=n sets the number of processes
import cluster, { type Worker } from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import compression from "compression";
import next from "next";
import { sessionPolicy } from "@/lib/auth/session-policy";
import { stopListening } from "@/lib/cache/bus";
import { EnvSchema } from "@/lib/env-schema";
import { createSharedOutput } from "@/lib/server/shared-output";
import { sharedOutputPath } from "@/lib/server/shared-output-rules";

const ROOT = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const arg = (flag: string, long: string) => {
  const i = args.findIndex((a) => a === flag || a === long);
  return i === -1 ? undefined : args[i + 1];
};
const port = Number(arg("-p", "--port") ?? process.env.PORT ?? 3000);
const host = arg("-H", "--hostname") ?? process.env.HOSTNAME ?? "0.0.0.0";
const processes = Math.max(1, Math.min(16, Number(process.env.WEB_CONCURRENCY) || Math.min(os.availableParallelism(), 4)));

async function worker(): Promise<void> {
  const env = EnvSchema.parse(process.env);
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is required in production");
  const app = next({ dev: false, dir: ROOT, hostname: host, port });
  await app.prepare();
  const nextHandler = app.getRequestHandler();
  // gzip at level 1 (what nginx does by default): about a third of the CPU of level 6 for responses some
  // 10–15% larger. Answers the server keeps in memory are compressed once and sent many times: level 9.
  // Installed per request after shared output's capture, so what is kept is the compressed body.
  const fast = compression({ level: 1 });
  const small = compression({ level: 9 });
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) =>
    new Promise<void>((resolve, reject) => {
      const compress = sharedOutputPath(req) ? small : fast;
      const asExpress = [req, res] as unknown as Parameters<typeof compress>;
      compress(asExpress[0], asExpress[1], (error?: unknown) => (error ? reject(error) : resolve(nextHandler(req, res))));
    });
  const shared = createSharedOutput({
    databaseUrl: env.DATABASE_URL,
    secret: env.NEXTAUTH_SECRET,
    policy: sessionPolicy(env.SESSION_MAX_AGE_HOURS, env.SESSION_IDLE_MINUTES),
    logQueries: env.DB_QUERY_LOG === "1",
  });
  const server = http.createServer((req, res) => {
    shared.handle(req, res, handle).catch((error: unknown) => {
      console.error("[server] request failed:", error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Interne fout");
    });
  });
  server.keepAliveTimeout = 65_000; // longer than a typical reverse proxy's idle timeout
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port, host }, resolve);
  });
  console.log(`[server] process ${process.pid} ready on http://${host}:${port}`);
  const stop = () => {
    server.close();
    server.closeIdleConnections();
    void Promise.allSettled([stopListening(), shared.close()]).finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

function supervise(): void {
  const workers = new Set<Worker>();
  let stopping = false;
  let quickExits = 0;
  const start = () => {
    const started = Date.now();
    const worker = cluster.fork();
    workers.add(worker);
    worker.once("exit", (code, signal) => {
      workers.delete(worker);
      if (stopping) {
        if (workers.size === 0) process.exit(process.exitCode ?? 0);
        return;
      }
      // A process that cannot even start (port taken, no database) would fail again: give up after a few.
      quickExits = Date.now() - started < 15_000 ? quickExits + 1 : 0;
      if (quickExits >= 3) {
        console.error("[server] processes keep failing at start; stopping");
        stopping = true;
        for (const w of workers) w.process.kill("SIGTERM");
        process.exitCode = 1;
        if (workers.size === 0) process.exit(1);
        return;
      }
      console.error(`[server] process ${worker.process.pid} ended (${signal ?? code}); starting another`);
      setTimeout(start, 1000);
    });
  };
  for (let i = 0; i < processes; i++) start();
  console.log(`[server] ${processes} processes on port ${port}`);
  const stop = () => {
    stopping = true;
    for (const w of workers) w.process.kill("SIGTERM");
    if (workers.size === 0) process.exit(0);
    setTimeout(() => process.exit(0), 8000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (processes > 1 && cluster.isPrimary) supervise();
else
  worker().catch((error: unknown) => {
    console.error("[server] could not start:", error);
    process.exit(1);
  });
