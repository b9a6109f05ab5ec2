// The server Playwright starts (playwright.config.ts webServer): its own embedded PostgreSQL in
// .data/e2e-pg with a fresh, freshly seeded database on every run, then the production server (`next start`) on E2E_PORT.
// Expects a production build (npm test builds first); builds one if there is none.
import { existsSync } from "node:fs";
import path from "node:path";
import { build, openDatabase, prepareDatabase, ROOT, serve } from "./lib/app";

const port = Number(process.env.E2E_PORT ?? 3100);
delete process.env.DATABASE_URL; // never the demo or a shared database
const database = await openDatabase({ folder: process.env.E2E_PG_DIR ?? "e2e-pg", port: Number(process.env.E2E_PG_PORT ?? 54349), name: "gezondin_e2e", fresh: true, durable: false });
await prepareDatabase(database.url, { seed: "always" });
if (!existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) build();
const server = serve({ url: database.url, port, demo: true, extraEnv: { NEXTAUTH_URL: `http://127.0.0.1:${port}` } });

async function shutdown() {
  server.kill("SIGTERM");
  await database.stop().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
server.on("exit", async (code) => {
  await database.stop().catch(() => {});
  process.exit(code ?? 1);
});
