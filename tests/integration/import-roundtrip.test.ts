// Export → import is a round trip: exporting a round (CSV or XLSX) and importing the file again leaves the
// survey tables exactly as they were. And what an import writes shows up in the round results.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportRows, toCsv, toXlsx } from "@/lib/imports/export";
import { commitImportJob, validateImportData } from "@/lib/imports/pipeline";
import { getRoundResults } from "@/lib/surveys/results";
import { useTestDatabase } from "./helpers/db";
import { GIDS, answerTableChecksum, csv, prepareCatalog } from "../fixtures/imports/db-helpers";

useTestDatabase("demo");

async function importBytes(data: Uint8Array, createRound = false) {
  const job = await db.importJob.create({ data: { fileName: "roundtrip", fileSize: data.byteLength, createRound, status: "VALIDATING" } });
  const result = await validateImportData(db, job.id, data, { createRound });
  if (result.valid) await commitImportJob(db, job.id, { actorId: null, audit: async () => {} });
  return result;
}

beforeAll(async () => {
  // Texts that a spreadsheet would run as formulas, and ones with quotes, commas and line breaks.
  const response = await db.surveyResponse.findFirstOrThrow({ where: { round: { year: 2021 }, status: { in: ["SUBMITTED", "ACCEPTED"] } }, select: { id: true } });
  await db.answer.upsert({
    where: { responseId_questionKey: { responseId: response.id, questionKey: "reflection.proud_of" } },
    create: { responseId: response.id, questionKey: "reflection.proud_of", valueText: "=HYPERLINK(\"x\")\n'; \"komma, en\" -5" },
    update: { valueText: "=HYPERLINK(\"x\")\n'; \"komma, en\" -5" },
  });
});

describe("export → import", () => {
  it.each(["csv", "xlsx"] as const)("leaves the database unchanged (%s)", async (format) => {
    const rows = await exportRows(db, 2021);
    expect(rows!.length).toBeGreaterThan(1000);
    const data = format === "csv" ? new TextEncoder().encode(toCsv(rows!)) : await toXlsx(rows!);
    const before = await answerTableChecksum();
    const result = await importBytes(data);
    expect(result.errors).toEqual([]);
    expect(result.summary.totals).toMatchObject({ rows: rows!.length, new: 0, changed: 0, unchanged: rows!.length, responsesCreated: 0, responsesAccepted: 0 });
    expect(await answerTableChecksum()).toBe(before);
  });

  it("protects CSV cells against formula injection", async () => {
    const text = toCsv((await exportRows(db, 2021))!);
    expect(text).toContain(`"'=HYPERLINK(""x"")`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("exports nothing for a year without a round", async () => {
    expect(await exportRows(db, 1999)).toBeNull();
  });
});

describe("imported answers in the results", () => {
  it("count in getRoundResults of their round", async () => {
    await prepareCatalog();
    const before = (await getRoundResults(2021))!;
    const monitoringBefore = before.questions.find((q) => q.key === "monitoring.attention")!;
    const file = csv(GIDS.map((code) => ["2021", code, "monitoring.attention", "yes"]));
    const result = await importBytes(new TextEncoder().encode(file));
    expect(result.errors).toEqual([]);
    const after = (await getRoundResults(2021))!;
    expect(after.respondents).toBe(before.respondents + GIDS.length);
    const monitoring = after.questions.find((q) => q.key === "monitoring.attention")!;
    expect(monitoring.n).toBe(monitoringBefore.n + GIDS.length);
    expect(monitoring.options.find((o) => o.key === "yes")!.count).toBe(monitoringBefore.options.find((o) => o.key === "yes")!.count + GIDS.length);
  });
});
