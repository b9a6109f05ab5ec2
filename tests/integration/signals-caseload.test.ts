// Each caseload signal on a small fixture (reference data + a few inserts): municipality A makes every
// approach- and contact-related signal fire, B makes none fire (each just inside its threshold), C has no
// approach. The SQL decides; the expectations below are worked out by hand for today = 2026-11-25.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getCaseload, getCaseloadRows } from "@/lib/caseload/queries";
import type { CaseloadRow, SignalKey } from "@/lib/caseload/types";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("reference");

const TODAY = new Date("2026-11-25T10:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const at = (s: string) => new Date(`${s}T12:00:00Z`);
let adviser: Viewer;
let other: Viewer;
const C: Record<"A" | "B" | "C" | "D", string> = { A: "", B: "", C: "", D: "" };

async function user(role: "ADVISER" | "CIVIL_SERVANT", email: string) {
  return db.user.create({ data: { email, name: email, role }, select: { id: true } });
}

async function approach(code: string, o: { tracks: string[]; pillars: [number, "NOT_STARTED" | "DOING_WELL"][]; monitoring: boolean | null; lowSes: boolean | null; updatedAt: Date }) {
  const a = await db.approach.create({
    data: {
      municipalityCode: code,
      year: 2026,
      monitoringAttention: o.monitoring,
      lowSesInvolved: o.lowSes,
      tracks: { create: o.tracks.map((trackCode) => ({ trackCode: trackCode as "PARTICIPATION" })) },
      pillars: { create: o.pillars.map(([pillarNumber, assessment]) => ({ pillarNumber, assessment })) },
    },
  });
  // updated_at is @updatedAt: set it with SQL so Prisma does not overwrite it.
  await db.$executeRaw`update approach set updated_at = ${o.updatedAt} where id = ${a.id}::uuid`;
}

async function advice(code: string, adviserId: string, date: string, followUps: { due: string; done?: boolean }[] = []) {
  await db.adviceEntry.create({
    data: {
      municipalityCode: code,
      adviserId,
      date: d(date),
      kind: "CONTENT",
      mode: "VISIT",
      followUps: { create: followUps.map((f) => ({ description: "Vervolg", dueDate: d(f.due), doneAt: f.done ? at(f.due) : null })) },
    },
  });
}

beforeAll(async () => {
  const picked = await db.municipality.findMany({ where: { validTo: null }, select: { code: true }, orderBy: { code: "asc" }, take: 4 });
  (["A", "B", "C", "D"] as const).forEach((k, i) => (C[k] = picked[i]!.code));
  const a = await user("ADVISER", "a@test.example");
  const o = await user("ADVISER", "o@test.example");
  adviser = { id: a.id, role: "ADVISER", name: "A", email: "a@test.example", municipalityCode: null, via: "session" };
  other = { ...adviser, id: o.id, email: "o@test.example" };
  for (const k of ["A", "B", "C"] as const) await db.adviserAssignment.create({ data: { adviserId: a.id, municipalityCode: C[k], validFrom: d("2024-01-01") } });
  // D was the adviser's once: an ended assignment is not in the caseload.
  await db.adviserAssignment.create({ data: { adviserId: a.id, municipalityCode: C.D, validFrom: d("2020-01-01"), validTo: d("2025-01-01") } });
  await db.adviserAssignment.create({ data: { adviserId: o.id, municipalityCode: C.D, validFrom: d("2025-01-01") } });

  await approach(C.A, { tracks: ["PHYSICAL_ENVIRONMENT"], pillars: [[1, "NOT_STARTED"], [3, "NOT_STARTED"], [2, "DOING_WELL"]], monitoring: false, lowSes: null, updatedAt: at("2026-05-24") });
  const all = ["PHYSICAL_ENVIRONMENT", "BEHAVIOUR_SKILLS", "PARTICIPATION", "PREVENTION_CARE", "SOCIAL_ENVIRONMENT"];
  await approach(C.B, { tracks: all, pillars: [[1, "DOING_WELL"]], monitoring: true, lowSes: true, updatedAt: at("2026-05-26") });

  // Turnover: A's servant left 364 days ago (fires), B's 366 days ago (does not).
  for (const [k, left] of [["A", "2025-11-26"], ["B", "2025-11-24"]] as const) {
    const old = await user("CIVIL_SERVANT", `old-${k.toLowerCase()}@test.example`);
    await db.membership.create({ data: { userId: old.id, municipalityCode: C[k], validFrom: d("2020-01-01"), validTo: d(left) } });
  }
  // Advice: A's last entry 91 days ago with an overdue follow-up; B's 90 days ago, its follow-ups due today or done.
  await advice(C.A, a.id, "2026-08-26", [{ due: "2026-11-24" }, { due: "2026-10-01" }]);
  await advice(C.B, a.id, "2026-08-27", [{ due: "2026-11-25" }, { due: "2026-09-01", done: true }]);
  await advice(C.B, a.id, "2026-12-20"); // planned in the future: not "the last advice"

  const round = await db.surveyRound.findUniqueOrThrow({ where: { year: 2026 }, select: { id: true } });
  await db.surveyResponse.create({ data: { roundId: round.id, municipalityCode: C.B, status: "ACCEPTED" } });
  await db.surveyResponse.create({ data: { roundId: round.id, municipalityCode: C.C, status: "SUBMITTED", submittedAt: at("2026-11-20") } });
});

async function rows(): Promise<Record<"A" | "B" | "C", CaseloadRow>> {
  const list = await getCaseloadRows(adviser, { today: TODAY });
  const byCode = new Map(list.map((r) => [r.code, r]));
  return { A: byCode.get(C.A)!, B: byCode.get(C.B)!, C: byCode.get(C.C)! };
}

describe("caseload signals in SQL", () => {
  it("lists exactly the current assignments", async () => {
    const list = await getCaseloadRows(adviser, { today: TODAY });
    expect(list.map((r) => r.code).sort()).toEqual([C.A, C.B, C.C].sort());
    expect((await getCaseloadRows(other, { today: TODAY })).map((r) => r.code)).toEqual([C.D]);
  });

  // [signal, fires for, does not fire for]
  const cases: [SignalKey, "A" | "B" | "C", "A" | "B" | "C"][] = [
    ["questionnaire", "A", "B"],
    ["tracks", "A", "B"],
    ["pillars", "A", "B"],
    ["monitoring", "A", "B"],
    ["lowSes", "A", "B"],
    ["stale", "A", "B"],
    ["turnover", "A", "B"],
    ["noAdvice", "A", "B"],
    ["followUps", "A", "B"],
    ["noApproach", "C", "A"],
  ];
  it.each(cases)("%s fires for %s and not for %s", async (key, yes, no) => {
    const r = await rows();
    expect(r[yes].fires[key], `${key} for ${yes}`).toBe(true);
    expect(r[no].fires[key], `${key} for ${no}`).toBe(false);
  });

  it("computes the facts each reason shows", async () => {
    const { A, B, C: c } = await rows();
    expect(A).toMatchObject({
      roundYear: 2026,
      closesAt: "2027-03-01",
      daysToDeadline: 96,
      questionnaireStatus: "NOT_STARTED",
      missingTracks: ["BEHAVIOUR_SKILLS", "PARTICIPATION", "PREVENTION_CARE", "SOCIAL_ENVIRONMENT"],
      pillarsNotStarted: [1, 3],
      monitoringAttention: false,
      lowSesInvolved: null,
      approachUpdatedOn: "2026-05-24",
      servantLeftOn: "2025-11-26",
      lastAdviceOn: "2026-08-26",
      daysSinceAdvice: 91,
      followUpsOverdue: 2,
      oldestOverdueOn: "2026-10-01",
    });
    expect(B).toMatchObject({ questionnaireStatus: "ACCEPTED", missingTracks: [], pillarsNotStarted: [], followUpsOverdue: 0, daysSinceAdvice: 90, servantLeftOn: null });
    expect(c).toMatchObject({ questionnaireStatus: "SUBMITTED", submittedAt: "2026-11-20", approachYear: null });
  });

  it("counts days from the reference day it is given", async () => {
    const later = await getCaseloadRows(adviser, { today: new Date("2026-12-10T10:00:00Z") });
    const b = later.find((r) => r.code === C.B)!;
    expect(b.daysToDeadline).toBe(81);
    expect(b.fires.followUps).toBe(true); // due 2026-11-25, now past
    expect(b.fires.noAdvice).toBe(true);
  });

  it("orders the caseload by triage: A (most signals) first", async () => {
    const items = await getCaseload(adviser, { today: TODAY });
    expect(items[0]!.code).toBe(C.A);
    expect(items.at(-1)!.code).toBe(C.B);
  });

  it("refuses other roles and other advisers' caseloads", async () => {
    await expect(getCaseloadRows({ ...adviser, role: "CIVIL_SERVANT" }, { today: TODAY })).rejects.toThrow();
    await expect(getCaseloadRows({ ...adviser, role: "VWS" }, { today: TODAY })).rejects.toThrow();
    await expect(getCaseloadRows(adviser, { today: TODAY, adviserId: other.id })).rejects.toThrow();
    const admin: Viewer = { ...adviser, id: other.id, role: "ADMIN" };
    expect((await getCaseloadRows(admin, { today: TODAY, adviserId: adviser.id })).length).toBe(3);
  });
});
