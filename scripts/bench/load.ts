// Load on loopback with autocannon, from several load-generator processes (one per core by default,
// BENCH_LOAD_PROCESSES): one autocannon process saturates its own core long before a server answering from
// memory does, and then the benchmark measures the load generator, not the portal. The connections are
// split over the processes; every response time is kept (autocannon itself reports p97.5, not p95), so p95
// is exact over all of them; a response other than 200 counts as an error.
import { fork } from "node:child_process";
import os from "node:os";
import autocannon from "autocannon";
import { summarise, type LoadStats } from "./report";

/**
 * `rendered`: every request gets a URL of its own (a parameter no page reads), so none is answered from the
 * server's memory: the cost of a first view, rendered by Next.
 */
export type LoadTarget = { name: string; url: string; cookie?: string; rendered?: boolean };

type Job = { url: string; cookie?: string; connections: number; seconds: number; rendered?: boolean };
type JobResult = { latencies: number[]; errors: number };

export const LOAD_PROCESSES = Math.max(1, Number(process.env.BENCH_LOAD_PROCESSES) || Math.min(os.availableParallelism(), 4));

/** One autocannon run in this process. */
function drive(job: Job): Promise<JobResult> {
  const latencies: number[] = [];
  let errors = 0;
  const headers = { ...(job.cookie ? { cookie: job.cookie } : {}), "accept-encoding": "gzip" };
  let n = 0;
  const path = new URL(job.url).pathname + new URL(job.url).search;
  const fresh = (req: { path?: string }) => ({ ...req, path: `${path}${path.includes("?") ? "&" : "?"}_bench=${process.pid}.${n++}` });
  const requests = job.rendered ? [{ setupRequest: fresh }] : undefined;
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: job.url, connections: job.connections, duration: job.seconds, headers, requests }, (err, res) =>
      err ? reject(err) : resolve({ latencies, errors: errors + res.errors + res.timeouts }),
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
  return Promise.all(
    Array.from({ length: processes }, (_, i) => {
      return new Promise<JobResult>((resolve, reject) => {
        const child = fork(import.meta.filename, [], {
          env: { ...process.env, BENCH_LOAD_JOB: JSON.stringify({ ...job, connections: share(i) }) },
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
  const job: Job = { url: target.url, cookie: target.cookie, connections, seconds, rendered: target.rendered };
  const processes = Math.min(LOAD_PROCESSES, connections);
  if (processes <= 1) return drive(job);
  const parts = await driveInProcesses(job, processes);
  return { latencies: parts.flatMap((p) => p.latencies), errors: parts.reduce((n, p) => n + p.errors, 0) };
}

export async function runLoad(target: LoadTarget, opts: { connections: number; seconds: number }): Promise<LoadStats> {
  await run(target, opts.connections, 2); // a short unmeasured run first: JIT, pools and caches warmed up
  const { latencies, errors } = await run(target, opts.connections, opts.seconds);
  const stats = summarise(target.name, latencies, { connections: opts.connections, seconds: opts.seconds, errors });
  console.log(`  ${stats.name}: ${stats.reqPerSec} req/s, p95 ${stats.p95} ms, errors ${stats.errors}`);
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
