// The annual questionnaire through the real actions and queries on the demo data: prefill from the previous
// round, drafts (autosave) with the version check, conditional questions, submit with validation, read-only
// after submission, and a returned questionnaire with the adviser's comments.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { sameSiteHeaders, type RequestState } from "./auth-fixtures/next-mocks";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null, req: { headers: new Headers(), cookies: new Map() } as RequestState, revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("next/headers", () => ({ headers: async () => h.req.headers }));
vi.mock("next/cache", () => ({ cacheTag: () => {}, cacheLife: () => {}, revalidatePath: vi.fn(), revalidateTag: h.revalidateTag, updateTag: h.updateTag }));

import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { fieldName, noneField, prefillField } from "@/lib/questionnaire/answers";
import { saveQuestionnaireAction, submitQuestionnaireAction } from "@/lib/questionnaire/actions";
import { getQuestionnaire } from "@/lib/questionnaire/queries";
import type { QuestionDTO, QuestionnaireDTO } from "@/lib/questionnaire/types";
import { HOME, loadCast, type Cast } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

const YEAR = 2026;
let cast: Cast;

async function servantOf(code: string): Promise<Viewer> {
  const m = await db.membership.findFirstOrThrow({ where: { municipalityCode: code, validTo: null }, select: { userId: true } });
  return (await loadViewer(m.userId, "session"))!;
}

/** A municipality without a 2026 response that answered 2021 (prefill source). */
async function freshWith2021(): Promise<string> {
  const r = await db.municipality.findFirstOrThrow({
    where: { isGids: true, responses: { none: { round: { year: YEAR } }, some: { round: { year: 2021 }, answers: { some: {} } } } },
    select: { code: true },
    orderBy: { code: "asc" },
  });
  return r.code;
}

/** The answers as the form would post them; `complete` answers every question (conditions "yes"). */
function answerForm(dto: QuestionnaireDTO, code: string, version: number, overrides: Record<string, string | string[] | null> = {}): FormData {
  const f = new FormData();
  f.set("code", code);
  f.set("year", String(dto.round.year));
  f.set("version", String(version));
  const put = (q: QuestionDTO) => {
    if (q.key in overrides) {
      const v = overrides[q.key];
      if (v === null) return;
      for (const x of Array.isArray(v) ? v : [v!]) f.append(q.type === "MULTI" ? `${fieldName(q.key)}[]` : fieldName(q.key), x);
      return;
    }
    if (q.type === "BOOLEAN") f.set(fieldName(q.key), "yes");
    else if (q.type === "TEXT") f.set(fieldName(q.key), "De wijkaanpak in Noord");
    else if (q.type === "MULTI") f.append(`${fieldName(q.key)}[]`, q.options[0]!.key);
    else f.set(fieldName(q.key), q.options[0]!.key);
  };
  dto.sections.flatMap((s) => s.questions).forEach(put);
  return f;
}

beforeAll(async () => {
  cast = await loadCast();
});
beforeEach(() => {
  h.req.headers = sameSiteHeaders();
});

describe("an unstarted questionnaire", () => {
  it("is prefilled from the previous round, marked as such, and saved as a draft with the marks kept", async () => {
    const code = await freshWith2021();
    const viewer = await servantOf(code);
    h.viewer = viewer;
    const dto = (await getQuestionnaire(viewer, code, null, "nl"))!;
    expect(dto).toMatchObject({ round: { year: YEAR, status: "OPEN" }, response: { exists: false, status: "NOT_STARTED", version: 0 }, editable: true, prefillYear: 2021 });
    expect(dto.prefilledKeys.length).toBeGreaterThan(0);
    expect(dto.prefilledKeys).not.toContain("reflection.proud_of");

    // The form posts the prefilled answers with their marks; one of them the user changed (mark dropped).
    const [kept, changed] = dto.prefilledKeys.filter((k) => !Array.isArray(dto.answers[k]) || (dto.answers[k] as string[]).length > 0);
    const f = new FormData();
    f.set("code", code);
    f.set("year", String(YEAR));
    f.set("version", "0");
    f.set("intent", "autosave");
    for (const key of [kept!, changed!]) {
      const q = dto.sections.flatMap((s) => s.questions).find((x) => x.key === key)!;
      const v = dto.answers[key]!;
      if (q.type === "BOOLEAN") f.set(fieldName(key), key === changed ? (v ? "no" : "yes") : v ? "yes" : "no");
      else if (q.type === "MULTI") for (const o of key === changed ? [q.options.at(-1)!.key] : (v as string[])) f.append(`${fieldName(key)}[]`, o);
      else f.set(fieldName(key), key === changed ? q.options.find((o) => o.key !== (v as string[])[0])!.key : (v as string[])[0]!);
      f.set(prefillField(key), "1"); // the client's hint; the server checks it against last round
    }
    const r = await saveQuestionnaireAction(null, f);
    expect(r).toMatchObject({ ok: true, data: { version: 1, status: "DRAFT" } });
    const again = (await getQuestionnaire(viewer, code, null, "nl"))!;
    expect(again.response).toMatchObject({ exists: true, status: "DRAFT", version: 1 });
    expect(again.prefilledKeys).toEqual([kept]);
    expect(Object.keys(again.answers).sort()).toEqual([kept, changed].sort());

    // A second session still holding version 0 is refused; the draft is unchanged.
    const stale = await saveQuestionnaireAction(null, answerForm(dto, code, 0));
    expect(stale).toMatchObject({ ok: false, conflict: true });
    expect(Object.keys((await getQuestionnaire(viewer, code, null, "nl"))!.answers)).toHaveLength(2);
  });
});

describe("a draft", () => {
  it("drops answers to questions whose condition is not yes, and keeps 'none of these'", async () => {
    const code = (await db.surveyResponse.findFirstOrThrow({ where: { round: { year: YEAR }, status: "DRAFT" }, select: { municipalityCode: true } })).municipalityCode;
    const viewer = await servantOf(code);
    h.viewer = viewer;
    const dto = (await getQuestionnaire(viewer, code, null, "nl"))!;
    const f = answerForm(dto, code, dto.response.version, { "monitoring.attention": "no", "funding.supplements": null });
    f.set(noneField("funding.supplements"), "on");
    expect(await saveQuestionnaireAction(null, f)).toMatchObject({ ok: true });
    const after = (await getQuestionnaire(viewer, code, null, "nl"))!;
    expect(after.answers["monitoring.attention"]).toBe(false);
    expect(after.answers["monitoring.levels"]).toBeUndefined();
    expect(after.answers["funding.supplements"]).toEqual([]);
  });

  it("cannot be submitted incomplete: the missing answers are named and nothing changes", async () => {
    const code = (await db.surveyResponse.findFirstOrThrow({ where: { round: { year: YEAR }, status: "DRAFT" }, select: { municipalityCode: true }, orderBy: { municipalityCode: "desc" } })).municipalityCode;
    const viewer = await servantOf(code);
    h.viewer = viewer;
    const dto = (await getQuestionnaire(viewer, code, null, "nl"))!;
    const f = answerForm(dto, code, dto.response.version, { "approach.stage": null, "monitoring.levels": null });
    f.set("intent", "submit");
    const r = await submitQuestionnaireAction(null, f);
    expect(r).toMatchObject({
      ok: false,
      formError: "questionnaire.errors.incomplete",
      fieldErrors: { [fieldName("approach.stage")]: ["workspace.validation.required"], [fieldName("monitoring.levels")]: ["workspace.validation.required"] },
    });
    expect((await getQuestionnaire(viewer, code, null, "nl"))!.response).toEqual(dto.response);
  });

  it("is submitted when complete, then read only", async () => {
    const code = (await db.surveyResponse.findFirstOrThrow({ where: { round: { year: YEAR }, status: "DRAFT" }, select: { municipalityCode: true }, orderBy: { municipalityCode: "desc" } })).municipalityCode;
    const viewer = await servantOf(code);
    h.viewer = viewer;
    const dto = (await getQuestionnaire(viewer, code, null, "nl"))!;
    h.updateTag.mockClear();
    h.revalidateTag.mockClear();
    const r = await submitQuestionnaireAction(null, answerForm(dto, code, dto.response.version));
    expect(r).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });
    expect(h.updateTag).toHaveBeenCalledWith("national"); // the national figures follow, on every instance
    const after = (await getQuestionnaire(viewer, code, null, "nl"))!;
    expect(after).toMatchObject({ editable: false, response: { status: "SUBMITTED" } });
    expect(after.answers["reflection.proud_of"]).toBe("De wijkaanpak in Noord");
    const again = await saveQuestionnaireAction(null, answerForm(after, code, after.response.version));
    expect(again).toMatchObject({ ok: false, formError: "questionnaire.errors.notEditable" });
    expect(await db.auditEvent.count({ where: { action: "questionnaire.submit", entity: "survey_response" } })).toBeGreaterThan(0);
  });
});

describe("a returned questionnaire", () => {
  it("shows the adviser's comments, stays 'returned' while edited and can be submitted again", async () => {
    const returned = await db.surveyResponse.findFirstOrThrow({ where: { round: { year: YEAR }, status: "RETURNED" }, select: { municipalityCode: true } });
    const viewer = await servantOf(returned.municipalityCode);
    h.viewer = viewer;
    const dto = (await getQuestionnaire(viewer, returned.municipalityCode, null, "nl"))!;
    expect(dto.editable).toBe(true);
    expect(dto.comments.map((c) => c.questionKey)).toEqual(expect.arrayContaining(["monitoring.levels", null]));
    expect(dto.comments[0]!.authorName).not.toContain("@");
    expect(await saveQuestionnaireAction(null, answerForm(dto, returned.municipalityCode, dto.response.version))).toMatchObject({ ok: true, data: { status: "RETURNED" } });
    const mid = (await getQuestionnaire(viewer, returned.municipalityCode, null, "nl"))!;
    expect(await submitQuestionnaireAction(null, answerForm(mid, returned.municipalityCode, mid.response.version))).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });
  });
});

describe("access", () => {
  it("Helmond's submitted questionnaire is read only for its civil servant, visible to its adviser, hidden from VWS here", async () => {
    const own = (await getQuestionnaire(cast.viewers.csSame!, HOME, null, "nl"))!;
    expect(own).toMatchObject({ editable: false, response: { status: "SUBMITTED" } });
    expect((await getQuestionnaire(cast.viewers.adviserAssigned!, HOME, null, "nl"))!.editable).toBe(false);
    for (const p of ["vws", "csOther", "adviserOther"] as const) expect(await getQuestionnaire(cast.viewers[p]!, HOME, null, "nl")).toBeNull();
  });

  it("past rounds are viewable read only", async () => {
    const past = await getQuestionnaire(cast.viewers.csSame!, HOME, 2021, "nl");
    expect(past).toMatchObject({ round: { year: 2021, status: "CLOSED" }, editable: false });
    expect(past!.rounds.map((r) => r.year)).toEqual([2026, 2021, 2019, 2015]);
  });
});
