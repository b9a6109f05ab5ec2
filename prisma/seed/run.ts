// Seeds a database: reference data always, demo data on request. Used by `npm run db:seed`
// (prisma/seed/index.ts) and by the integration tests' global setup to build template databases.
// It creates its own Prisma client: lib/db.ts is server-only and reads lib/env.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedReference } from "./reference";
import { seedDemo } from "./demo";

export type SeedOptions = { demo: boolean; log?: (m: string) => void };

const TX = { timeout: 120_000, maxWait: 20_000 };

export async function seedDatabase(connectionString: string, opts: SeedOptions): Promise<void> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 2 }) });
  try {
    await prisma.$transaction((tx) => seedReference(tx, log), TX);
    if (opts.demo) await prisma.$transaction((tx) => seedDemo(tx, log), TX);
  } finally {
    await prisma.$disconnect();
  }
}
