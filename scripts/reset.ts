// `npm run db:reset`: drops every table of the database (DATABASE_URL or the embedded one) and the job
// queues (pg-boss's schema, reinstalled by the next server start), then migrates and reloads reference
// and demo data. Asks for --yes, because it deletes everything.
import pg from "pg";
import { prepareDatabase } from "./lib/app";

if (!process.argv.includes("--yes")) {
  console.error("This deletes ALL data in the database and reloads the demo data. Run: npm run db:reset -- --yes");
  process.exit(2);
}
const url = process.env.DATABASE_URL!;
const c = new pg.Client({ connectionString: url });
await c.connect();
await c.query("drop schema public cascade; create schema public; drop schema if exists pgboss cascade;");
await c.end();
await prepareDatabase(url, { seed: "always" });
console.log("database reset: migrated and seeded");
