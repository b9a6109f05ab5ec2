import { defineConfig } from "vitest/config";
import path from "node:path";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; tests run lib/ code directly.
  "server-only": path.resolve(import.meta.dirname, "tests/helpers/empty-module.ts"),
  // Next's cache functions need Next's request and cache scopes; outside Next they record (see the file).
  "next/cache": path.resolve(import.meta.dirname, "tests/helpers/next-cache.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", setupFiles: ["tests/helpers/setup-next.ts"], sequence: { groupOrder: 0 } },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/setup-next.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
