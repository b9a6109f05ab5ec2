// POST /api/internal/revalidate: only the signed caller, only known tag names, revalidateTag(tag, { expire: 0 }).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { revalidateToken } from "@/lib/cache/revalidate-token";

const revalidateTag = vi.fn();
vi.mock("next/cache", () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }));

const SECRET = "integration-test-secret-0123456789";
let saved: string | undefined;
process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1:1/unused"; // lib/env.ts requires it; never connected

beforeEach(() => {
  saved = process.env.NEXTAUTH_SECRET;
  process.env.NEXTAUTH_SECRET = SECRET;
  revalidateTag.mockClear();
});
afterEach(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = saved;
});

async function post(body: unknown, authorization?: string) {
  const { POST } = await import("@/app/api/internal/revalidate/route");
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (authorization) headers.authorization = authorization;
  return POST(new Request("http://127.0.0.1:3000/api/internal/revalidate", { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) }));
}

describe("POST /api/internal/revalidate", () => {
  it("expires the known tags for the signed caller", async () => {
    const res = await post({ tags: ["national", "peers", "national"] }, `Bearer ${revalidateToken(SECRET)}`);
    expect(res.status).toBe(200);
    expect(revalidateTag.mock.calls).toEqual([["national", { expire: 0 }], ["peers", { expire: 0 }]]);
  });

  it("refuses callers without the token, with another secret's token, or with a malformed header (401)", async () => {
    for (const auth of [undefined, `Bearer ${revalidateToken("another-secret-0123456789abcdef")}`, revalidateToken(SECRET), "Bearer ", `Bearer ${revalidateToken(SECRET)}0`]) {
      expect((await post({ tags: ["national"] }, auth)).status).toBe(401);
    }
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("refuses unknown tags, path tags and malformed bodies (400)", async () => {
    const auth = `Bearer ${revalidateToken(SECRET)}`;
    for (const body of [{ tags: ["national", "users"] }, { tags: ["_N_T_/landelijk"] }, { tags: [] }, { tags: "national" }, { tags: ["national"], extra: 1 }, "not json"]) {
      expect((await post(body, auth)).status).toBe(400);
    }
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
