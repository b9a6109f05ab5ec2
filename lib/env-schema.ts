// The environment's schema, pure (no "server-only"): lib/env.ts reads it in the app, the production server
// scripts (the CLI, the bench) outside Next.
import { z } from "zod";

/** An optional variable; an empty value (VAR=) counts as unset. */
const unsetIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

export const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DEMO_MODE: z.enum(["0", "1"]).default("0"),
  // 1 = print a line per database query (the benchmark counts queries per page with it).
  DB_QUERY_LOG: z.enum(["0", "1"]).default("0"),
  // Sign-in (next-auth). NEXTAUTH_SECRET signs the session cookie; next-auth refuses to run without it in
  // production. NEXTAUTH_URL is the public origin (also accepted as a same-origin Origin header).
  NEXTAUTH_SECRET: unsetIfEmpty(z.string().min(16)),
  NEXTAUTH_URL: unsetIfEmpty(z.url()),
  SESSION_MAX_AGE_HOURS: z.coerce.number().positive().max(24).default(8),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().max(24 * 60).default(60),
  // OpenID Connect (federated sign-in, e.g. Keycloak or Entra ID): switched on when issuer, id and secret are set.
  OIDC_ISSUER: unsetIfEmpty(z.url()),
  OIDC_CLIENT_ID: unsetIfEmpty(z.string()),
  OIDC_CLIENT_SECRET: unsetIfEmpty(z.string()),
  OIDC_NAME: z.string().min(1).default("Single sign-on"),
  // Outgoing e-mail (reminders). Without SMTP_HOST nothing is sent: messages stay in the outbox (/beheer/outbox).
  SMTP_HOST: unsetIfEmpty(z.string()),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: z.enum(["0", "1"]).default("0"), // 1 = implicit TLS (port 465); 0 = STARTTLS when offered
  SMTP_REQUIRE_TLS: z.enum(["0", "1"]).default("1"),
  SMTP_TLS_REJECT_UNAUTHORIZED: z.enum(["0", "1"]).default("1"),
  SMTP_USER: unsetIfEmpty(z.string()),
  SMTP_PASSWORD: unsetIfEmpty(z.string()),
  MAIL_FROM: z.string().min(3).default("GezondIn portaal <noreply@gezondin.example>"),
  // Several instances (README "Several instances"): the shared cache store. Without it each instance keeps
  // Next's in-memory caches, right for a single instance only. The cache handlers that next.config.js
  // loads read it themselves (lib/cache/*-handler.mjs run outside the app's bundles).
  REDIS_URL: unsetIfEmpty(z.string().regex(/^rediss?:\/\//, "REDIS_URL must start with redis:// or rediss://")),
  // Where scripts reach the running server to expire cache tags when there is no REDIS_URL
  // (lib/cache/expire-outside.ts); default http://127.0.0.1:${PORT ?? 3000}.
  PORTAL_INTERNAL_URL: unsetIfEmpty(z.url()),
  PORT: unsetIfEmpty(z.coerce.number().int().min(1).max(65535)),
  // Durable jobs (pg-boss, decision 049): every server process runs the job worker; 0 = this process only
  // enqueues (e.g. a server that should not take background work).
  JOBS_WORKER: z.enum(["0", "1"]).default("1"),
});

export type Env = z.infer<typeof EnvSchema>;

/** What code outside a request (CLI, jobs) needs to expire cache tags; no DATABASE_URL required. */
export const CacheStoreEnvSchema = EnvSchema.pick({ REDIS_URL: true, PORTAL_INTERNAL_URL: true, PORT: true, NEXTAUTH_SECRET: true });
export type CacheStoreEnv = z.infer<typeof CacheStoreEnvSchema>;

/** The cache store's environment, for scripts (lib/env.ts is server-only). */
export function cacheStoreEnv(source: Record<string, string | undefined> = process.env): CacheStoreEnv {
  return CacheStoreEnvSchema.parse(source);
}
