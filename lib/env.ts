import "server-only";
import { z } from "zod";

// The only reader of process.env in application code. Parsed on each call (cheap), so tests and
// scripts that set DATABASE_URL late are honoured.
const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DEMO_MODE: z.enum(["0", "1"]).default("0"),
});

export type Env = z.infer<typeof EnvSchema>;

export function env(): Env {
  return EnvSchema.parse(process.env);
}
