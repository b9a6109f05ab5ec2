import { expect, test } from "@playwright/test";
import { signIn } from "./auth-helpers";

test.describe("API", () => {
  test("health answers ok without a database", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  test("readiness answers ok when the database is reachable", async ({ request }) => {
    const res = await request.get("/api/health/ready");
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  test("round results need a session or token: anonymous gets 401 JSON", async ({ request }) => {
    const res = await request.get("/api/v1/rounds/2021/results");
    expect(res.status()).toBe(401);
    expect(JSON.stringify(await res.json())).not.toContain("PHYSICAL_ENVIRONMENT");
  });

  test("round results are JSON with the 2021 figures", async ({ page }) => {
    await signIn(page, "vws@gezondin.example");
    const request = page.request;
    const res = await request.get("/api/v1/rounds/2021/results");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/json");
    const body = await res.json();
    expect(body.year).toBe(2021);
    expect(Math.round(body.responseRate * 100)).toBe(67);
    const tracks = body.questions.find((q: { key: string }) => q.key === "approach.tracks");
    const physical = tracks.options.find((o: { key: string }) => o.key === "PHYSICAL_ENVIRONMENT");
    expect(Math.round(physical.share * 100)).toBe(70);
  });

  test("unknown rounds are 404 and malformed years 400, as JSON without internals", async ({ page }) => {
    await signIn(page, "vws@gezondin.example");
    const request = page.request;
    const missing = await request.get("/api/v1/rounds/1999/results");
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error).toBe("not_found");
    const bad = await request.get("/api/v1/rounds/twintig/results");
    expect(bad.status()).toBe(400);
    const body = await bad.text();
    expect(JSON.parse(body).error).toBe("invalid_year");
    expect(body).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});
