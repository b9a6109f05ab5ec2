// A generated 100,000-row file validates and commits well within a minute (set-based SQL), and the
// job row reports progress on the way. The benchmark issue times it more precisely.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { commitImportJob, validateImportData, type ImportPhase } from "@/lib/imports/pipeline";
import { useTestDatabase } from "./helpers/db";
import { largeAnswerFile } from "../fixtures/imports/db-helpers";

useTestDatabase("demo");

const ROWS = 100_000;
let codes: string[] = [];

beforeAll(async () => {
  const some = await db.municipality.findMany({ where: { validTo: null }, select: { code: true }, orderBy: { code: "asc" }, take: 160 });
  codes = some.map((m) => m.code);
  await db.municipality.updateMany({ where: { code: { in: codes } }, data: { isGids: true, gidsSince: 2014 } });
});

describe("a 100,000-row import", () => {
  it("validates, previews and commits in one transaction well under 60 s", async () => {
    const { text, years } = await largeAnswerFile(codes, ROWS, 2030);
    const job = await db.importJob.create({ data: { fileName: "large.csv", fileSize: text.length, createRound: true, status: "VALIDATING" } });
    const phases = new Set<ImportPhase>();
    const onProgress = async (phase: ImportPhase) => void phases.add(phase);

    const t0 = performance.now();
    const result = await validateImportData(db, job.id, new TextEncoder().encode(text), { createRound: true, onProgress });
    const t1 = performance.now();
    expect(result.errors).toEqual([]);
    expect(result.summary.totals).toMatchObject({ rows: ROWS, new: ROWS, responsesCreated: expect.any(Number) });
    expect(result.summary.roundsToCreate).toEqual(years);

    const counts = await commitImportJob(db, job.id, { actorId: null, audit: async () => {}, onProgress });
    const t2 = performance.now();
    console.log(`[import 100k] validate ${Math.round(t1 - t0)} ms, commit ${Math.round(t2 - t1)} ms`);
    expect(counts.answersWritten).toBe(ROWS);
    expect(t2 - t0).toBeLessThan(60_000);
    expect([...phases]).toEqual(expect.arrayContaining(["parse", "check", "stage", "compare", "write"]));

    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int n FROM answer a JOIN survey_response r ON r.id = a.response_id JOIN survey_round s ON s.id = r.round_id WHERE s.year >= 2030`,
    );
    expect(row!.n).toBe(ROWS);
  }, 120_000);
});
