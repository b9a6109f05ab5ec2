// CLI for `npm run db:seed` (DATABASE_URL is set by scripts/with-db.mjs). `--reference-only` skips demo data.
import { seedDatabase } from "./run";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(1);
}
const demo = !process.argv.includes("--reference-only");
const started = performance.now();
try {
  await seedDatabase(url, { demo, log: (m) => console.log(`[seed] ${m}`) });
  console.log(`[seed] done in ${Math.round(performance.now() - started)} ms`);
} catch (err) {
  console.error("[seed] failed:", err);
  process.exit(1);
}
