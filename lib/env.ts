import "server-only";
import { EnvSchema, type Env } from "./env-schema";

// The only reader of process.env in application code. Parsed on each call (cheap), so tests and
// scripts that set DATABASE_URL late are honoured.

export type { Env };

export function env(): Env {
  return EnvSchema.parse(process.env);
}
