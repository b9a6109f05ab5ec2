// Load on loopback with autocannon, from several load-generator processes (one per core by default,
// BENCH_LOAD_PROCESSES), the connections split over them. Every response time is kept (autocannon itself
// reports p97.5, not p95), so p95 is exact over all of them; a response other than 200 counts as an error.
//
// A run rotates over its requests: each request is the next one of the list (a user's path and session
// cookie), so consecutive requests — on one connection and over all of them — are different users, and each
// is a first view rendered for the user who asks. Each process starts the rotation at another user.
import { fork } from "node:child_process";
import os from "node:os";
import autocannon, { type Request } from "autocannon";
import { summarise, type LoadStats } from "./report";

/** One request of a run: a path and, when signed in, the user's Cookie header. */
export type BenchRequest = { path: string; cookie?: string };
/** `serverCpuMs`: the server processes' CPU time so far (ms), read around the measured run. */
export type LoadTarget = { name: string; base: string; requests: readonly BenchRequest[]; users: number; serverCpuMs?: () => number | null };

type Job = { base: string; requests: readonly BenchRequest[]; start: number; connections: number; seconds: number };
type JobResult = { latencies: number[]; errors: number };

export const LOAD_PROCESSES = Math.max(1, Number(process.env.BENCH_LOAD_PROCESSES) || Math.min(os.availableParallelism(), 4));

/** One autocannon run in this process. */
function drive(job: Job): Promise<JobResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = job.start;
  const first = job.requests[job.start % job.requests.length]!;
  // The next request of the rotation, whichever connection asks for it.
  const rotate = (req: Request): Request => {
    const r = job.requests[next++ % job.requests.length]!;
    const headers = { ...req.headers };
    if (r.cookie) headers.cookie = r.cookie;
    else delete headers.cookie;
    return { ...req, path: r.path, headers };
  };
  const requests = job.requests.length > 1 ? [{ setupRequest: rotate }] : undefined;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.base + first.path,
        connections: job.connections,
        duration: job.seconds,
        headers: { ...(first.cookie ? { cookie: first.cookie } : {}), "accept-encoding": "gzip" },
        requests,
      },
      // res.errors counts timeouts too (res.timeouts is a part of it); statuses other than 200 are counted here.
      (err, res) => (err ? reject(err) : resolve({ latencies, errors: errors + res.errors })),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode !== 200) errors++;
    });
  });
}

/** The same run split over `processes` child processes (this module, started with BENCH_LOAD_JOB). */
function driveInProcesses(job: Job, processes: number): Promise<JobResult[]> {
  const share = (i: number) => Math.floor(job.connections / processes) + (i < job.connections % processes ? 1 : 0);
  const offset = (i: number) => Math.floor((i * job.requests.length) / processes);
  return Promise.all(
    Array.from({ length: processes }, (_, i) => {
      return new Promise<JobResult>((resolve, reject) => {
        const child = fork(import.meta.filename, [], {
          env: { ...process.env, BENCH_LOAD_JOB: JSON.stringify({ ...job, start: offset(i), connections: share(i) }) },
          execArgv: process.execArgv,
          stdio: ["ignore", "inherit", "inherit", "ipc"],
        });
        let result: JobResult | null = null;
        child.once("message", (m) => (result = m as JobResult));
        child.once("error", reject);
        child.once("exit", (code) => (result ? resolve(result) : reject(new Error(`load process exited with ${code}`))));
      });
    }),
  );
}

async function run(target: LoadTarget, connections: number, seconds: number): Promise<JobResult> {
  const job: Job = { base: target.base, requests: target.requests, start: 0, connections, seconds };
  const processes = Math.min(LOAD_PROCESSES, connections);
  if (processes <= 1) return drive(job);
  const parts = await driveInProcesses(job, processes);
  return { latencies: parts.flatMap((p) => p.latencies), errors: parts.reduce((n, p) => n + p.errors, 0) };
}

export async function runLoad(target: LoadTarget, opts: { connections: number; seconds: number }): Promise<LoadStats> {
  if (target.requests.length === 0) throw new Error(`${target.name}: no requests`);
  await run(target, opts.connections, 2); // a short unmeasured run first: JIT, pools and Next's data caches warmed up
  const cpu0 = target.serverCpuMs?.() ?? null;
  const { latencies, errors } = await run(target, opts.connections, opts.seconds);
  const cpu1 = target.serverCpuMs?.() ?? null;
  const stats = summarise(target.name, latencies, { connections: opts.connections, seconds: opts.seconds, errors, users: target.users });
  if (cpu0 !== null && cpu1 !== null && latencies.length > 0) stats.serverCpuMsPerRequest = Math.round(((cpu1 - cpu0) / latencies.length) * 10) / 10;
  console.log(`  ${stats.name} (${opts.connections} conn): ${stats.reqPerSec} req/s, p95 ${stats.p95} ms, errors ${stats.errors}, server CPU ${stats.serverCpuMsPerRequest ?? "?"} ms/request`);
  return stats;
}

// A load-generator child process: run the job, send the result, exit.
if (process.env.BENCH_LOAD_JOB && process.send) {
  const job = JSON.parse(process.env.BENCH_LOAD_JOB) as Job;
  drive(job).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: unknown) => {
      console.error("[bench] load process failed:", error);
      process.exit(1);
    },
  );
}
