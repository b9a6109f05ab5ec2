import { isDatabaseReachable } from "@/lib/health/queries";

// Readiness: 200 when the database answers, 503 otherwise (never the reason: that goes to the log).
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const ready = await isDatabaseReachable();
  return Response.json(
    { status: ready ? "ok" : "unavailable" },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
