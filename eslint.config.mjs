import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Server-side translations come from lib/i18n/server.ts (messages parsed once per process, decision 046).
const TRANSLATIONS = { name: "next-intl/server", importNames: ["getTranslations"], message: "Import getTranslations from @/lib/i18n/server." };

const config = [
  ...next,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Test helpers named use* are Vitest hooks, not React hooks.
    files: ["tests/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Data flows one way: components never reach the database.
    files: ["components/**", "app/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@/lib/db", message: "Use lib/<domain>/queries.ts or actions.ts." }, TRANSLATIONS], patterns: ["**/lib/generated/**"] }],
    },
  },
  {
    files: ["lib/**"],
    ignores: ["lib/i18n/server.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [TRANSLATIONS] }] },
  },
];

export default config;
