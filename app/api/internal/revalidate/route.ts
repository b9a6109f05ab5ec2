import { revalidateTag } from "next/cache";
import { z } from "zod";
import { isRevalidateAuthorized } from "@/lib/cache/revalidate-token";
import { isCacheTag } from "@/lib/cache/tags";
import { env } from "@/lib/env";

// POST /api/internal/revalidate { "tags": ["national", …] } — for the portal's own scripts (a CLI import)
// on a single instance without REDIS_URL, whose caches live in this server's memory
// (lib/cache/expire-outside.ts). Only a caller presenting `Authorization: Bearer <hex HMAC-SHA256 of
// "revalidate" keyed with NEXTAUTH_SECRET>` is heard (401 otherwise); only the portal's tag names are
// accepted (400 otherwise). No session, no CSRF question: nothing is read, and expiring a cache is harmless.

const BodySchema = z.strictObject({ tags: z.array(z.string()).min(1).max(20) });

const reply = (status: number, body: object) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  if (!isRevalidateAuthorized(request.headers.get("authorization"), env().NEXTAUTH_SECRET)) return reply(401, { error: "unauthorized" });
  const parsed = BodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success || !parsed.data.tags.every(isCacheTag)) return reply(400, { error: "bad request" });
  const tags = [...new Set(parsed.data.tags)];
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return reply(200, { revalidated: tags });
}
