// A job worker on its own, outside Next (the server runs the same worker from instrumentation.ts):
//   DATABASE_URL=… tsx scripts/job-worker.ts
// Used by the durability test (tests/integration/jobs-durable-import.test.ts), which SIGKILLs it mid-import;
// also handy to drain the queues without a web server. Prints "ready" once it works; stops on SIGTERM/SIGINT.
import { registerHooks } from "node:module";

// lib/ marks server modules with `import "server-only"`, which throws outside React Server Components.
registerHooks({
  resolve: (specifier, context, next) => (specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context)),
});

const { startJobWorker, stopJobWorker } = await import("../lib/jobs/worker");
await startJobWorker();
console.log("ready");

const stop = () => {
  stopJobWorker().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
