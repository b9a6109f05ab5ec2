// Listens on the cache bus's channel of the test database, as another server process would, so a test can
// assert that a write announced itself to every process (lib/cache/bus.ts).
import pg from "pg";
import { CHANNEL, parseMessage, type BusMessage } from "@/lib/cache/bus";

export type BusWatcher = {
  seen: BusMessage[];
  /** Resolves once a message matching `pred` has arrived; fails after 3 s. */
  expect: (pred: (m: BusMessage) => boolean) => Promise<void>;
  close: () => Promise<void>;
};

export const isNational = (m: BusMessage) => m.kind === "national";
export const isViewer = (userId: string) => (m: BusMessage) => m.kind === "viewer" && m.userId === userId.toLowerCase();

export async function watchBus(url = process.env.DATABASE_URL!): Promise<BusWatcher> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // the database is dropped with (force) after the file
  await client.connect();
  await client.query(`LISTEN ${CHANNEL}`);
  const seen: BusMessage[] = [];
  client.on("notification", (n) => {
    const m = parseMessage(n.payload);
    if (m) seen.push(m);
  });
  return {
    seen,
    async expect(pred) {
      const started = Date.now();
      while (!seen.some(pred)) {
        if (Date.now() - started > 3000) throw new Error(`no such message on ${CHANNEL}; seen: ${JSON.stringify(seen)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => client.end(),
  };
}

/** Waits until `check` holds (a notification reaching this process), or fails after 5 s. */
export async function until(check: () => boolean): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > 5000) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}
