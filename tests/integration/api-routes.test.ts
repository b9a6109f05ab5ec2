// The route handlers, called directly with a Request: health, readiness and the round results API.
import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { GET as roundResults } from "@/app/api/v1/rounds/[year]/results/route";
import { disconnectDb } from "@/lib/db";
import { getRoundResults } from "@/lib/surveys/results";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

const results = (year: string) =>
  roundResults(new Request(`http://test/api/v1/rounds/${year}/results`), { params: Promise.resolve({ year }) });

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

describe("GET /api/v1/rounds/[year]/results", () => {
  it("returns the round's results as JSON", async () => {
    const res = await results("2021");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = await res.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(await getRoundResults(2021))));
    expect(body.year).toBe(2021);
    expect(Math.round(body.responseRate * 100)).toBe(67);
  });

  it("answers 404 JSON for a round that does not exist", async () => {
    const res = await results("1999");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: "not_found" });
  });

  it("answers 400 JSON for a year that is not a whole number", async () => {
    for (const year of ["abc", "2021.5", "-1", "1e3", "20210"]) {
      const res = await results(year);
      expect(res.status, year).toBe(400);
      expect(await res.json()).toMatchObject({ error: "invalid_year" });
    }
  });
});
