import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// The one Prisma client, created on first use (so importing a module never opens a pool; tests
// choose their database before the first query). Kept on globalThis across dev-mode hot reloads.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForDb.prisma) {
    const { DATABASE_URL, DB_QUERY_LOG } = env();
    const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: 10 });
    if (DB_QUERY_LOG === "1") {
      // `npm run bench` counts the queries each page issues from these lines (scripts/bench/server.ts).
      const logged = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
      logged.$on("query", (e) => process.stdout.write(`[db-query] ${e.duration} ms ${e.query.replace(/\s+/g, " ").slice(0, 160)}\n`));
      globalForDb.prisma = logged;
    } else {
      globalForDb.prisma = new PrismaClient({ adapter });
    }
  }
  return globalForDb.prisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

/** Closes the pool (scripts and tests). */
export async function disconnectDb(): Promise<void> {
  if (globalForDb.prisma) await globalForDb.prisma.$disconnect();
  globalForDb.prisma = undefined;
}
