// Load on loopback with autocannon. Every response time is kept, so p95 is exact (autocannon itself
// reports p97.5, not p95); a response other than 200 counts as an error.
import autocannon from "autocannon";
import { summarise, type LoadStats } from "./report";

export type LoadTarget = { name: string; url: string; cookie?: string };

/** A short unmeasured run first, so the measured one sees a warmed-up server (JIT, pools, caches). */
export async function warmUp(target: LoadTarget, connections: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    autocannon({ url: target.url, connections, duration: 2, headers: target.cookie ? { cookie: target.cookie } : {} }, (err) => (err ? reject(err) : resolve()));
  });
}

export async function runLoad(target: LoadTarget, opts: { connections: number; seconds: number }): Promise<LoadStats> {
  await warmUp(target, opts.connections);
  const latencies: number[] = [];
  let errors = 0;
  const headers = { ...(target.cookie ? { cookie: target.cookie } : {}), "accept-encoding": "gzip" };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: target.url, connections: opts.connections, duration: opts.seconds, headers }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode !== 200) errors++;
    });
  });
  errors += result.errors + result.timeouts;
  const stats = summarise(target.name, latencies, { connections: opts.connections, seconds: opts.seconds, errors });
  console.log(`  ${stats.name}: ${stats.reqPerSec} req/s, p95 ${stats.p95} ms, errors ${stats.errors}`);
  return stats;
}
