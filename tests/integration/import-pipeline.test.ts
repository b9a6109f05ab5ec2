// The answers import on real PostgreSQL: every error kind with its row, nothing written while errors
// remain, idempotent re-import, and the imported answers in the round results.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { commitImportJob, validateImportData } from "@/lib/imports/pipeline";
import { useTestDatabase } from "./helpers/db";
import { GIDS, NOT_GIDS, answerTableChecksum, csv, prepareCatalog } from "../fixtures/imports/db-helpers";

useTestDatabase("demo");

const audit = async () => {};

async function newJob(createRound = false): Promise<string> {
  const job = await db.importJob.create({ data: { fileName: "test.csv", fileSize: 0, createRound, status: "VALIDATING" } });
  return job.id;
}

async function run(text: string, createRound = false) {
  const jobId = await newJob(createRound);
  const result = await validateImportData(db, jobId, new TextEncoder().encode(text), { createRound });
  return { jobId, ...result };
}

beforeAll(async () => {
  await prepareCatalog();
});

describe("validation errors", () => {
  it("reports every error kind with its row and writes nothing", async () => {
    const before = await answerTableChecksum();
    const { valid, errors } = await run(
      csv([
        ["2021", "GM9999", "approach.tracks", "PARTICIPATION"], // 2 unknown municipality
        ["2021", NOT_GIDS, "approach.tracks", "PARTICIPATION"], // 3 not GIDS
        ["2021", GIDS[0]!, "approach.nope", "yes"], // 4 unknown question
        ["2021", GIDS[0]!, "approach.stage", "SOMEWHERE"], // 5 unknown option
        ["2021", GIDS[0]!, "residents.low_ses_involved", "maybe"], // 6 wrong type
        ["2021", GIDS[1]!, "approach.stage", "AGENDA"], // 7 fine
        ["2021", GIDS[1]!, "approach.stage", "POLICY"], // 8 duplicate of 7
        ["2015", GIDS[1]!, "reflection.proud_of", "iets"], // 9 question not in the 2015 round
        ["2018", GIDS[1]!, "approach.stage", "AGENDA"], // 10 no round in 2018
        ["twintig", GIDS[1]!, "approach.stage", "AGENDA"], // 11 invalid round
      ]),
    );
    expect(valid).toBe(false);
    const byRow = errors.map((e) => [e.row, e.code]);
    expect(byRow).toEqual([
      [2, "unknownMunicipality"],
      [3, "notGids"],
      [4, "unknownQuestion"],
      [5, "unknownOption"],
      [6, "wrongType"],
      [8, "duplicateRow"],
      [9, "questionNotInRound"],
      [10, "noRound"],
      [11, "invalidRound"],
    ]);
    expect(errors.find((e) => e.code === "duplicateRow")?.detail).toBe("7");
    expect(await answerTableChecksum()).toBe(before);
    expect(await db.importRow.count()).toBe(0);
  });

  it("refuses a file without the four columns", async () => {
    const { valid, errors } = await run("ronde,gemeente,vraag,antwoord\n2021,GM0794,approach.stage,AGENDA\n");
    expect(valid).toBe(false);
    expect(errors).toEqual([expect.objectContaining({ row: 1, code: "header" })]);
  });
});

describe("commit", () => {
  const file = () =>
    csv([
      ["2021", GIDS[2]!, "approach.tracks", "PHYSICAL_ENVIRONMENT|PREVENTION_CARE"],
      ["2021", GIDS[2]!, "approach.stage", "INTEGRATED"],
      ["2021", GIDS[2]!, "residents.low_ses_involved", "yes"],
      ["2021", GIDS[2]!, "reflection.proud_of", "=SUM(A1) en meer"],
      ["2021", GIDS[2]!, "funding.supplements", ""],
    ]);

  it("writes new answers as an ACCEPTED response, then a re-import changes nothing", async () => {
    const first = await run(file());
    expect(first.errors).toEqual([]);
    expect(first.summary.totals).toMatchObject({ rows: 5, new: 5 });
    await commitImportJob(db, first.jobId, { actorId: null, audit });
    const response = await db.surveyResponse.findFirstOrThrow({
      where: { municipalityCode: GIDS[2]!, round: { year: 2021 } },
      select: { status: true, answers: { select: { questionKey: true, valueText: true, choices: { select: { optionKey: true } } } } },
    });
    expect(response.status).toBe("ACCEPTED");
    expect(response.answers.find((a) => a.questionKey === "reflection.proud_of")?.valueText).toBe("=SUM(A1) en meer");
    expect(response.answers.find((a) => a.questionKey === "funding.supplements")?.choices).toEqual([]);

    const checksum = await answerTableChecksum();
    const again = await run(file());
    expect(again.summary.totals).toMatchObject({ rows: 5, new: 0, changed: 0, unchanged: 5, responsesCreated: 0, responsesAccepted: 0 });
    await commitImportJob(db, again.jobId, { actorId: null, audit });
    expect(await answerTableChecksum()).toBe(checksum);
  });

  it("counts a changed answer as changed and replaces its choices", async () => {
    const changed = await run(csv([["2021", GIDS[2]!, "approach.tracks", "PARTICIPATION"]]));
    expect(changed.summary.totals).toMatchObject({ changed: 1 });
    await commitImportJob(db, changed.jobId, { actorId: null, audit });
    const choices = await db.answerChoice.findMany({ where: { answer: { response: { municipalityCode: GIDS[2]!, round: { year: 2021 } } }, questionKey: "approach.tracks" } });
    expect(choices.map((c) => c.optionKey)).toEqual(["PARTICIPATION"]);
  });

  it("creates a closed round with the questions the file uses when asked", async () => {
    const refused = await run(csv([["2017", GIDS[0]!, "approach.stage", "AGENDA"]]));
    expect(refused.errors.map((e) => e.code)).toEqual(["noRound"]);
    const ok = await run(csv([["2017", GIDS[0]!, "approach.stage", "AGENDA"], ["2017", GIDS[0]!, "monitoring.attention", "no"]]), true);
    expect(ok.summary.roundsToCreate).toEqual([2017]);
    await commitImportJob(db, ok.jobId, { actorId: null, audit });
    const round = await db.surveyRound.findUniqueOrThrow({ where: { year: 2017 }, select: { status: true, questions: { select: { questionKey: true }, orderBy: { sortOrder: "asc" } } } });
    expect(round.status).toBe("CLOSED");
    expect(round.questions.map((q) => q.questionKey)).toEqual(["approach.stage", "monitoring.attention"]);
  });
});
