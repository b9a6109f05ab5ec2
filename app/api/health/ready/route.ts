import { connection } from "next/server";
import { isDatabaseReachable } from "@/lib/health/queries";

// Readiness: 200 when the database answers, 503 otherwise (never the reason: that goes to the log).

export async function GET(): Promise<Response> {
  await connection(); // at request time, never at build
  const ready = await isDatabaseReachable();
  return Response.json(
    { status: ready ? "ok" : "unavailable" },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
