// "After a questionnaire is accepted, the national figure changes": every national aggregate reads the
// accepted questionnaire (here without Next's cache, which Vitest does not run: `'use cache'` is a string
// here; that the accept action expires the `national` tag is in review-actions.test.ts, and that a cached
// page follows on every instance in the e2e multi-instance journey).
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { categoryOf } from "@/lib/dashboards/map";
import { getNationalMap, getNationalRounds } from "@/lib/dashboards/queries";
import { getRoundResults } from "@/lib/surveys/results";
import { useTestDatabase as testDatabase } from "./helpers/db";

testDatabase("demo");
const OPEN = 2026;
let vws: Viewer;

beforeAll(async () => {
  const u = await db.user.findUniqueOrThrow({ where: { email: "vws@gezondin.example" }, select: { id: true } });
  vws = (await loadViewer(u.id, "session"))!;
});

/** Accepts a draft questionnaire the way an adviser's accept does: status, review time, version, in one transaction. */
async function acceptDraft(): Promise<{ code: string; tracks: string[] }> {
  const draft = await db.surveyResponse.findFirstOrThrow({
    where: { round: { year: OPEN }, status: "DRAFT", answers: { some: { questionKey: "approach.tracks" } } },
    select: { id: true, municipalityCode: true, answers: { where: { questionKey: "approach.tracks" }, select: { choices: { select: { optionKey: true } } } } },
    orderBy: { municipalityCode: "asc" },
  });
  await db.$transaction((tx) =>
    tx.surveyResponse.update({ where: { id: draft.id }, data: { status: "ACCEPTED", submittedAt: new Date(), reviewedAt: new Date(), version: { increment: 1 } } }),
  );
  return { code: draft.municipalityCode, tracks: draft.answers[0]!.choices.map((c) => c.optionKey) };
}

const tracksN = (r: { questions: { key: string; n: number }[] }) => r.questions.find((q) => q.key === "approach.tracks")!.n;

describe("national aggregates follow the questionnaires", () => {
  it("shows an accepted questionnaire in the round results, response rate and map", async () => {
    const before = (await getNationalRounds(vws)).find((r) => r.year === OPEN)!;
    const mapBefore = await getNationalMap(vws, OPEN, "approach.tracks");

    const accepted = await acceptDraft();
    expect((await getRoundResults(OPEN))!.respondents).toBe(before.respondents + 1);
    const after = (await getNationalRounds(vws)).find((r) => r.year === OPEN)!;
    expect(after.respondents).toBe(before.respondents + 1);
    expect(after.responseRate).toBeCloseTo((before.respondents + 1) / before.gidsMunicipalities);
    expect(tracksN(after)).toBe(tracksN(before) + 1);
    const muni = (rows: typeof mapBefore) => rows.find((m) => m.code === accepted.code)!;
    expect(categoryOf(muni(mapBefore), accepted.tracks[0] ?? "PHYSICAL_ENVIRONMENT")).toBe("noResponse");
    const mapAfter = await getNationalMap(vws, OPEN, "approach.tracks");
    expect(muni(mapAfter)).toMatchObject({ responded: true, answered: true });
    expect(muni(mapAfter).options).toEqual([...accepted.tracks].sort());
  });
});
