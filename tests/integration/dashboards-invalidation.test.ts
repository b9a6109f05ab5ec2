// "After a questionnaire is accepted, the national figure changes without a restart": the figures are
// cached in the process, stay cached while nothing happens, and an invalidation — this process's own or
// another's, arriving by PostgreSQL NOTIFY — makes the next read recompute them.
import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import type { Viewer } from "@/lib/auth/viewer-types";
import { CHANNEL, isListening, nationalVersion, startListening } from "@/lib/cache/bus";
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { invalidateNational } from "@/lib/dashboards/cache";
import { categoryOf } from "@/lib/dashboards/map";
import { getNationalMap, getNationalRounds } from "@/lib/dashboards/queries";
import { getRoundResults } from "@/lib/surveys/results";
import { useTestDatabase as testDatabase } from "./helpers/db";
import { until } from "./helpers/bus";

testDatabase("demo");
const OPEN = 2026;
let vws: Viewer;

beforeAll(async () => {
  const u = await db.user.findUniqueOrThrow({ where: { email: "vws@gezondin.example" }, select: { id: true } });
  vws = (await loadViewer(u.id, "session"))!;
  startListening(process.env.DATABASE_URL);
  await until(isListening); // until then nothing is served from memory
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

describe("national cache and invalidation", () => {
  it("shows an accepted questionnaire in the national figures after invalidateNational(), without a restart", async () => {
    const before = (await getNationalRounds(vws)).find((r) => r.year === OPEN)!;
    const mapBefore = await getNationalMap(vws, OPEN, "approach.tracks");

    const accepted = await acceptDraft();
    // The SQL itself sees the change at once …
    expect((await getRoundResults(OPEN))!.respondents).toBe(before.respondents + 1);
    // … the cached figures do not until they are invalidated (the cache really is used) …
    const cached = (await getNationalRounds(vws)).find((r) => r.year === OPEN)!;
    expect(cached.respondents).toBe(before.respondents);

    await invalidateNational();

    // … and then the next read shows the new figure.
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

  it("recomputes every national aggregate when another process announces a change", async () => {
    const rounds = (await getNationalRounds(vws)).find((r) => r.year === OPEN)!;
    const map = await getNationalMap(vws, OPEN, "approach.tracks");
    const accepted = await acceptDraft();
    expect((await getNationalRounds(vws)).find((r) => r.year === OPEN)!.respondents).toBe(rounds.respondents); // cached

    // Another server process (or the CLI import) publishes; this one hears it.
    const version = nationalVersion();
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    await other.query("select pg_notify($1, 'national')", [CHANNEL]);
    await other.end();
    await until(() => nationalVersion() > version);

    expect((await getNationalRounds(vws)).find((r) => r.year === OPEN)!.respondents).toBe(rounds.respondents + 1);
    const muni = (rows: typeof map) => rows.find((m) => m.code === accepted.code)!;
    expect(muni(map).responded).toBe(false);
    expect(muni(await getNationalMap(vws, OPEN, "approach.tracks")).responded).toBe(true);
  });
});
