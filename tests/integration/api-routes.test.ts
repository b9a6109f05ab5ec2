// Health and readiness, called directly (the results API is covered by results-api.test.ts).
import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { disconnectDb } from "@/lib/db";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

describe("GET /api/health", () => {
  it("answers ok", async () => {
    const res = health();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });
});

describe("GET /api/health/ready", () => {
  it("answers 200 when the database is reachable", async () => {
    const res = await ready();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("answers 503 without details when the database is not reachable", async () => {
    const good = process.env.DATABASE_URL;
    await disconnectDb();
    process.env.DATABASE_URL = "postgresql://nobody:wrong@127.0.0.1:1/none";
    try {
      const res = await ready();
      expect(res.status).toBe(503);
      expect(await res.text()).toBe(JSON.stringify({ status: "unavailable" }));
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = good;
    }
  });
});
