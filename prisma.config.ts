// Prisma 7 configuration. The database URL lives here (not in schema.prisma); it is only needed by
// CLI commands that talk to a database, which this project does not use (migrations are applied by
// scripts/migrate.ts, see docs/decisions/002-migrations.md). `prisma generate` works without it.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
