// `npm run db:migrate`: applies pending migrations to DATABASE_URL (set by scripts/with-db.mjs).
import { applyMigrations } from "./lib/migrator";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set (run through `npm run db:migrate`).");
  process.exit(2);
}
const applied = await applyMigrations(url);
console.log(applied.length ? `migrations applied: ${applied.length}` : "database is up to date");
