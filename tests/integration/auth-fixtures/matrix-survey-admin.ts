// Matrix entries of the survey administration (rounds, question bank, reminders): admins only.
import { db } from "@/lib/db";
import { createQuestion, deleteQuestion, updateQuestion } from "@/lib/survey-admin/question-actions";
import { sendReminders } from "@/lib/survey-admin/reminder-actions";
import { createRound, setRoundQuestions, setRoundStatus, updateRound } from "@/lib/survey-admin/round-actions";
import { getBankQuestion, getRoundDetail, listQuestionBank, listRounds, listSections } from "@/lib/survey-admin/queries";
import { ADMIN_ONLY, actionOutcome, entry, form, queryOutcome, type Entry } from "./matrix";

let nextYear = 2060;
/** A draft round in a year of its own (each call gets a fresh target). */
async function draftRound() {
  const year = nextYear++;
  return db.surveyRound.create({
    data: { year, opensAt: new Date(`${year}-10-01T00:00:00Z`), closesAt: new Date(`${year + 1}-03-01T00:00:00Z`) },
    select: { id: true, version: true, year: true },
  });
}

let nextKey = 0;
async function bankQuestion() {
  const section = await db.questionSection.findFirstOrThrow({ select: { key: true }, orderBy: { sortOrder: "asc" } });
  return db.question.create({
    data: { key: `matrix.q${nextKey++}`, sectionKey: section.key, type: "BOOLEAN", sortOrder: 900, textNl: "Matrix?", textEn: "Matrix?" },
    select: { key: true, version: true, sectionKey: true },
  });
}

const rounds = "lib/survey-admin/round-actions.ts";
const questions = "lib/survey-admin/question-actions.ts";
const queries = "lib/survey-admin/queries.ts";
const dates = (year: number) => ({ opensAt: `${year}-10-01`, closesAt: `${year + 1}-03-01` });
type Round = { id: string; version: number; year: number };
type Q = { key: string; version: number; sectionKey: string };

export const surveyAdminEntries: Entry[] = [
  entry({ kind: "action", file: rounds, name: "createRound", allowed: ADMIN_ONLY, call: () => actionOutcome(() => createRound(null, form({ year: nextYear, ...dates(nextYear++) }))) }),
  entry<Round>({ kind: "action", file: rounds, name: "updateRound", allowed: ADMIN_ONLY, prepare: draftRound, call: (_c, r) => actionOutcome(() => updateRound(null, form({ id: r.id, version: r.version, opensAt: `${r.year}-09-01`, closesAt: `${r.year}-12-01` }))) }),
  entry<Round>({ kind: "action", file: rounds, name: "setRoundQuestions", allowed: ADMIN_ONLY, prepare: draftRound, call: (_c, r) => actionOutcome(() => setRoundQuestions(null, form({ id: r.id, version: r.version }))) }),
  entry<Round>({ kind: "action", file: rounds, name: "setRoundStatus", allowed: ADMIN_ONLY, prepare: draftRound, call: (_c, r) => actionOutcome(() => setRoundStatus(null, form({ id: r.id, version: r.version, status: "CLOSED", confirm: "yes" }))) }),
  entry<{ id: string }>({
    kind: "action",
    file: "lib/survey-admin/reminder-actions.ts",
    name: "sendReminders",
    allowed: ADMIN_ONLY,
    prepare: () => db.surveyRound.findFirstOrThrow({ where: { status: "OPEN" }, select: { id: true } }),
    call: (_c, r) => actionOutcome(() => sendReminders(null, form({ roundId: r.id, target: "notStarted", confirm: "yes" }))),
  }),
  entry<{ key: string }>({
    kind: "action",
    file: questions,
    name: "createQuestion",
    allowed: ADMIN_ONLY,
    prepare: async () => ({ key: (await db.questionSection.findFirstOrThrow({ select: { key: true } })).key }),
    call: (_c, s) => actionOutcome(() => createQuestion(null, form({ key: `matrix.new${nextKey++}`, type: "BOOLEAN", sectionKey: s.key, sortOrder: 901, textNl: "Nieuw?", textEn: "New?" }))),
  }),
  entry<Q>({ kind: "action", file: questions, name: "updateQuestion", allowed: ADMIN_ONLY, prepare: bankQuestion, call: (_c, q) => actionOutcome(() => updateQuestion(null, form({ ...q, sortOrder: 902, textNl: "Gewijzigd?", textEn: "Changed?" }))) }),
  entry<Q>({ kind: "action", file: questions, name: "deleteQuestion", allowed: ADMIN_ONLY, prepare: bankQuestion, call: (_c, q) => actionOutcome(() => deleteQuestion(null, form({ key: q.key, version: q.version, confirm: "yes" }))) }),

  entry({ kind: "query", file: queries, name: "listRounds", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listRounds(c.viewer)) }),
  entry({ kind: "query", file: queries, name: "getRoundDetail", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => getRoundDetail(c.viewer, 2021)) }),
  entry({ kind: "query", file: queries, name: "listSections", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listSections(c.viewer, "nl")) }),
  entry({ kind: "query", file: queries, name: "listQuestionBank", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listQuestionBank(c.viewer, "nl")) }),
  entry({
    kind: "query",
    file: queries,
    name: "getBankQuestion",
    allowed: ADMIN_ONLY,
    call: async (c) => {
      const q = await db.question.findFirstOrThrow({ select: { key: true }, orderBy: { key: "asc" } });
      return queryOutcome(() => getBankQuestion(c.viewer, "nl", q.key));
    },
  }),
];
