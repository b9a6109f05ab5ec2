// "After a questionnaire is accepted, the national figure changes without a restart": the figures are
// cached under NATIONAL_TAG, stay cached while nothing happens, and invalidateNational() makes the next read
// recompute them. Next's data cache is replaced by a tag-honouring fake (it needs a Next request otherwise).
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";

const h = vi.hoisted(() => ({ cache: null as unknown as ReturnType<typeof import("./dashboards-next-mocks").fakeNextCache> }));
vi.mock("next/cache", async () => {
  const { fakeNextCache } = await import("./dashboards-next-mocks");
  h.cache = fakeNextCache();
  return h.cache.module;
});

import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { invalidateNational, NATIONAL_TAG } from "@/lib/dashboards/cache";
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

describe("national cache and invalidation", () => {
  it("shows an accepted questionnaire in the national figures after invalidateNational(), without a restart", async () => {
    const before = (await getNationalRounds(vws)).find((r) => r.year === OPEN)!;
    const mapBefore = await getNationalMap(vws, OPEN, "approach.tracks");
    const computed = h.cache.calls.computed;

    const accepted = await acceptDraft();
    // The SQL itself sees the change at once …
    expect((await getRoundResults(OPEN))!.respondents).toBe(before.respondents + 1);
    // … the cached figures do not until they are invalidated (the cache really is used) …
    const cached = (await getNationalRounds(vws)).find((r) => r.year === OPEN)!;
    expect(cached.respondents).toBe(before.respondents);
    expect(h.cache.calls.computed).toBe(computed);

    invalidateNational();
    expect(h.cache.revalidated).toContainEqual([NATIONAL_TAG, { expire: 0 }]);
    expect(h.cache.store.size).toBe(0);

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

  it("tags every cached national aggregate, so one invalidation clears them all", async () => {
    await getNationalRounds(vws);
    await getNationalMap(vws, 2021, "residents.low_ses_involved");
    expect(h.cache.store.size).toBeGreaterThan(0);
    for (const e of h.cache.store.values()) expect(e.tags).toEqual([NATIONAL_TAG]);
    invalidateNational();
    expect(h.cache.store.size).toBe(0);
  });
});
