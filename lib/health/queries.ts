import "server-only";
import { db } from "@/lib/db";

const READY_TIMEOUT_MS = 3000;

function logUnreachable(error: unknown): false {
  // Log the reason for operators; callers only say "unavailable".
  console.error("[health] database not reachable:", error instanceof Error ? error.message : String(error));
  return false;
}

/** True when the database answers `select 1` in time. Never throws: readiness is a yes/no. */
export async function isDatabaseReachable(timeoutMs: number = READY_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(logUnreachable(new Error(`no answer within ${timeoutMs} ms`))), timeoutMs);
  });
  try {
    const probe = db.$queryRaw`select 1`.then(() => true, logUnreachable);
    return await Promise.race([probe, timeout]);
  } catch (error) {
    return logUnreachable(error);
  } finally {
    clearTimeout(timer);
  }
}
