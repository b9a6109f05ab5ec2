// Rounds and the question bank on real PostgreSQL: the life of a round (create, questions, open, close), the
// rules of the bank (keys and types are forever, used questions stay), reminders into the outbox, tracking.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null, revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("@/lib/auth/origin", () => ({ assertSameOrigin: async () => {}, requestOrigin: async () => "test" }));
vi.mock("next/cache", () => ({ cacheTag: () => {}, cacheLife: () => {}, revalidatePath: vi.fn(), revalidateTag: h.revalidateTag, updateTag: h.updateTag }));
vi.mock("next/navigation", () => ({
  redirect: () => {
    throw new Error("NEXT_REDIRECT");
  },
}));

import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { createQuestion, deleteQuestion, updateQuestion } from "@/lib/survey-admin/question-actions";
import { sendReminders } from "@/lib/survey-admin/reminder-actions";
import { createRound, setRoundQuestions, setRoundStatus, updateRound } from "@/lib/survey-admin/round-actions";
import { getTrackingSummary, listNonResponders, getReminderHistory } from "@/lib/survey-admin/tracking-queries";
import { useTestDatabase } from "./helpers/db";
import { failure, form, orRedirect } from "../fixtures/imports/action-mocks";

useTestDatabase("demo");

beforeAll(async () => {
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@gezondin.example" }, select: { id: true } });
  h.viewer = await loadViewer(admin.id, "session");
});

const round = (year: number) => db.surveyRound.findUniqueOrThrow({ where: { year }, select: { id: true, version: true, status: true, questions: { select: { questionKey: true } } } });

describe("rounds", () => {
  it("creates a draft with the latest earlier round's questions, edits it, opens and closes it", async () => {
    expect(await orRedirect(() => createRound(null, form({ year: 2030, opensAt: "2030-03-01", closesAt: "2030-06-01" })))).toBe("redirect");
    let r = await round(2030);
    const latest = await round(2026);
    expect(r.status).toBe("DRAFT");
    expect(r.questions.map((q) => q.questionKey).sort()).toEqual(latest.questions.map((q) => q.questionKey).sort());

    expect(failure(await updateRound(null, form({ id: r.id, version: r.version, opensAt: "2030-06-01", closesAt: "2030-03-01" })))).toBe("errors.invalid");
    expect(await updateRound(null, form({ id: r.id, version: r.version, opensAt: "2030-02-01", closesAt: "2030-07-01" }))).toMatchObject({ ok: true });
    expect(failure(await updateRound(null, form({ id: r.id, version: r.version, opensAt: "2030-02-01", closesAt: "2030-07-01" })))).toBe("errors.conflict");

    r = await round(2030);
    h.updateTag.mockClear();
    h.revalidateTag.mockClear();
    expect(await setRoundQuestions(null, form({ id: r.id, version: r.version, questions: ["monitoring.attention", "approach.stage"] }))).toMatchObject({ ok: true });
    expect(h.updateTag).toHaveBeenCalledWith("national"); // the national figures follow, on every instance
    r = await round(2030);
    expect(r.questions.map((q) => q.questionKey).sort()).toEqual(["approach.stage", "monitoring.attention"]);

    // 2026 is open: only one round may be open at a time.
    expect(failure(await setRoundStatus(null, form({ id: r.id, version: r.version, status: "OPEN", confirm: "yes" })))).toBe("surveyAdmin.errors.otherRoundOpen");
    r = await round(2030);
    expect(failure(await setRoundStatus(null, form({ id: r.id, version: r.version, status: "CLOSED", confirm: "yes" })))).toBe("surveyAdmin.errors.notOpen");
    const audits = await db.auditEvent.count({ where: { entity: "survey_round", entityId: r.id } });
    expect(audits).toBe(3); // create, update, setQuestions — refused changes write nothing
  });

  it("keeps answered questions in the round and freezes a closed round", async () => {
    const open = await round(2026);
    const answered = await db.answer.findFirstOrThrow({ where: { response: { roundId: open.id } }, select: { questionKey: true } });
    const others = open.questions.map((q) => q.questionKey).filter((k) => k !== answered.questionKey);
    expect(failure(await setRoundQuestions(null, form({ id: open.id, version: open.version, questions: others })))).toBe("surveyAdmin.errors.answeredQuestion");
    const closed = await round(2021);
    expect(failure(await updateRound(null, form({ id: closed.id, version: closed.version, opensAt: "2021-01-01", closesAt: "2021-02-01" })))).toBe("surveyAdmin.errors.roundClosed");
  });

  it("refuses to open a round without questions", async () => {
    await orRedirect(() => createRound(null, form({ year: 2001, opensAt: "2001-03-01", closesAt: "2001-06-01" }))); // nothing earlier to copy
    const r = await round(2001);
    expect(r.questions).toEqual([]);
    const open = await round(2026);
    await setRoundStatus(null, form({ id: open.id, version: open.version, status: "CLOSED", confirm: "yes" }));
    expect(failure(await setRoundStatus(null, form({ id: r.id, version: r.version, status: "OPEN", confirm: "yes" })))).toBe("surveyAdmin.errors.noQuestions");
    const closedNow = await round(2026);
    expect(await setRoundStatus(null, form({ id: closedNow.id, version: closedNow.version, status: "OPEN", confirm: "yes" }))).toMatchObject({ ok: true });
  });
});

describe("back to draft", () => {
  it("an open round nobody started may go back to draft; one with responses may not", async () => {
    await orRedirect(() => createRound(null, form({ year: 2032, opensAt: "2032-03-01", closesAt: "2032-06-01" })));
    let open = await round(2026);
    expect(failure(await setRoundStatus(null, form({ id: open.id, version: open.version, status: "DRAFT", confirm: "yes" })))).toBe("surveyAdmin.errors.hasResponses");
    open = await round(2026);
    await setRoundStatus(null, form({ id: open.id, version: open.version, status: "CLOSED", confirm: "yes" }));
    let fresh = await round(2032);
    expect(await setRoundStatus(null, form({ id: fresh.id, version: fresh.version, status: "OPEN", confirm: "yes" }))).toMatchObject({ ok: true });
    fresh = await round(2032);
    expect(await setRoundStatus(null, form({ id: fresh.id, version: fresh.version, status: "DRAFT", confirm: "yes" }))).toMatchObject({ ok: true });
    expect((await round(2032)).status).toBe("DRAFT");
    const closed = await round(2026);
    expect(await setRoundStatus(null, form({ id: closed.id, version: closed.version, status: "OPEN", confirm: "yes" }))).toMatchObject({ ok: true });
  });
});

describe("question bank", () => {
  const options = { "option.0.key": "ONE", "option.0.textNl": "Eén", "option.0.textEn": "One", "option.1.key": "TWO", "option.1.textNl": "Twee", "option.1.textEn": "Two" };
  const base = { type: "SINGLE", sectionKey: "approach", sortOrder: 50, textNl: "Hoe?", textEn: "How?", required: "on", ...options };

  it("adds a question with options; its key is taken afterwards", async () => {
    expect(await orRedirect(() => createQuestion(null, form({ key: "approach.test_how", ...base })))).toBe("redirect");
    const q = await db.question.findUniqueOrThrow({ where: { key: "approach.test_how" }, select: { type: true, options: { select: { key: true }, orderBy: { sortOrder: "asc" } } } });
    expect(q).toEqual({ type: "SINGLE", options: [{ key: "ONE" }, { key: "TWO" }] });
    const again = await createQuestion(null, form({ key: "approach.test_how", ...base }));
    expect(again && !again.ok && again.fieldErrors?.key).toEqual(["surveyAdmin.validation.keyTaken"]);
  });

  it("changes wording and option texts under the same key; the type stays", async () => {
    const q = await db.question.findUniqueOrThrow({ where: { key: "approach.test_how" }, select: { version: true } });
    const s = await updateQuestion(null, form({ key: "approach.test_how", version: q.version, type: "TEXT", sectionKey: "approach", sortOrder: 51, textNl: "Hoe precies?", textEn: "How exactly?", ...options, "option.1.textNl": "Twee (2)" }));
    expect(s).toMatchObject({ ok: true });
    const after = await db.question.findUniqueOrThrow({ where: { key: "approach.test_how" }, select: { type: true, textNl: true, options: { select: { textNl: true } } } });
    expect(after.type).toBe("SINGLE");
    expect(after.textNl).toBe("Hoe precies?");
    expect(after.options.map((o) => o.textNl)).toContain("Twee (2)");
  });

  it("does not remove an option that was chosen in answers", async () => {
    const q = await db.question.findUniqueOrThrow({ where: { key: "approach.stage" }, select: { version: true, textNl: true, textEn: true, options: { select: { key: true, textNl: true, textEn: true }, orderBy: { sortOrder: "asc" } } } });
    const kept = Object.fromEntries(q.options.slice(1).flatMap((o, i) => [[`option.${i}.key`, o.key], [`option.${i}.textNl`, o.textNl], [`option.${i}.textEn`, o.textEn]]));
    const s = await updateQuestion(null, form({ key: "approach.stage", version: q.version, sectionKey: "approach", sortOrder: 2, textNl: q.textNl, textEn: q.textEn, required: "on", ...kept }));
    expect(failure(s)).toBe("surveyAdmin.errors.optionInUse");
  });

  it("deletes an unused question, but never one of a closed round", async () => {
    const used = await db.question.findUniqueOrThrow({ where: { key: "approach.tracks" }, select: { version: true } });
    expect(failure(await deleteQuestion(null, form({ key: "approach.tracks", version: used.version, confirm: "yes" })))).toBe("surveyAdmin.errors.questionInUse");
    const fresh = await db.question.findUniqueOrThrow({ where: { key: "approach.test_how" }, select: { version: true } });
    expect(await orRedirect(() => deleteQuestion(null, form({ key: "approach.test_how", version: fresh.version, confirm: "yes" })))).toBe("redirect");
    expect(await db.question.count({ where: { key: "approach.test_how" } })).toBe(0);
  });
});

describe("tracking and reminders", () => {
  it("counts statuses for every GIDS municipality and reminds non-responders through the outbox", async () => {
    const summary = await getTrackingSummary(h.viewer, 2026);
    expect(summary.total).toBe(await db.municipality.count({ where: { isGids: true, validTo: null } }));
    expect(Object.values(summary.byStatus).reduce((a, b) => a + b, 0)).toBe(summary.total);
    const nonResponders = await listNonResponders(h.viewer, 2026);
    expect(nonResponders.length).toBe(summary.byStatus.NOT_STARTED + summary.byStatus.DRAFT + summary.byStatus.RETURNED);

    const open = await round(2026);
    const s = await sendReminders(null, form({ roundId: open.id, target: "all", confirm: "yes" }));
    expect(s).toMatchObject({ ok: true, data: { municipalities: nonResponders.length, delivery: "outbox" } });
    const sent = s && s.ok ? s.data! : null;
    expect(await db.surveyReminder.count({ where: { roundId: open.id } })).toBe(nonResponders.length);
    expect(await db.mailMessage.count({ where: { status: "QUEUED" } })).toBe(sent!.messages);
    expect(sent!.messages).toBeGreaterThan(0);

    const withMail = await db.mailMessage.findFirstOrThrow({ select: { subject: true, body: true, reminder: { select: { municipalityCode: true } } } });
    expect(withMail.subject).toMatch(/^Herinnering: vragenlijst GezondIn 2026 voor /);
    const history = await getReminderHistory(h.viewer, withMail.reminder!.municipalityCode);
    expect(history.reminders[0]).toMatchObject({ year: 2026, messages: [expect.objectContaining({ status: "QUEUED" })] });
    expect(await db.auditEvent.count({ where: { action: "survey.remind" } })).toBe(1);
  });

  it("refuses reminders for a round that is not open", async () => {
    const closed = await round(2021);
    expect(failure(await sendReminders(null, form({ roundId: closed.id, target: "all", confirm: "yes" })))).toBe("surveyAdmin.errors.notOpen");
  });
});
