// The map per municipality shows single municipalities' submitted answers: only VWS and admins receive them
// from getNationalMap; civil servants and advisers get the same municipalities without answers (and see the
// map per region). Checked on the demo data against plain SQL.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ cacheTag: () => {}, cacheLife: () => {}, unstable_cache: <T,>(fn: T) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

import { getNationalMap } from "@/lib/dashboards/queries";
import { loadCast, type Cast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

const database = useTestDatabase("demo");
const YEAR = 2021;
const KEY = "approach.tracks";

let cast: Cast;
let answered: number;
beforeAll(async () => {
  cast = await loadCast();
  const [row] = await database.sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM answer a JOIN survey_response r ON r.id = a.response_id JOIN survey_round s ON s.id = r.round_id
     WHERE s.year = $1 AND a.question_key = $2 AND r.status IN ('SUBMITTED', 'ACCEPTED')`,
    [YEAR, KEY],
  );
  answered = row!.n;
});

describe("getNationalMap", () => {
  it("gives VWS and admins every submitted answer", async () => {
    expect(answered).toBeGreaterThan(50);
    for (const v of [cast.viewers.vws!, cast.viewers.admin!]) {
      const map = await getNationalMap(v, YEAR, KEY);
      expect(map.filter((m) => m.answered).length).toBe(answered);
      expect(map.some((m) => m.options.length > 0)).toBe(true);
    }
  });

  it("gives civil servants and advisers the municipalities without a single answer", async () => {
    const full = await getNationalMap(cast.viewers.vws!, YEAR, KEY);
    for (const v of [cast.viewers.csSame!, cast.viewers.csOther!, cast.viewers.adviserAssigned!, cast.viewers.adviserOther!]) {
      const map = await getNationalMap(v, YEAR, KEY);
      expect(map.map((m) => [m.code, m.gids, m.provinceCode, m.ggdRegionCode])).toEqual(full.map((m) => [m.code, m.gids, m.provinceCode, m.ggdRegionCode]));
      expect(map.filter((m) => m.answered || m.responded || m.options.length > 0)).toEqual([]);
    }
  });
});
