// Issue 7's part of the authorization matrix, in the shared vocabulary of auth-fixtures/matrix.ts: every
// server action, route handler and viewer-taking read of the survey administration, the answer import, the
// municipality lists and the outbox. Admins only — except the municipalities API, which every signed-in
// role may read. Each allowed call gets a target of its own (prepare), so personas do not interfere.
import { db } from "@/lib/db";
import { commitImport, discardImport, startImport, uploadImportChunk, validateImport } from "@/lib/imports/actions";
import { exportRoundFile } from "@/lib/imports/export-queries";
import { getImportJob, getImportProgress, listImportErrors, listImportJobs } from "@/lib/imports/queries";
import { retryOutbox } from "@/lib/mail/actions";
import { OutboxFiltersSchema, listOutbox } from "@/lib/mail/queries";
import { importGidsList, importMergers } from "@/lib/municipality-admin/actions";
import { listMunicipalitiesAdmin, listMunicipalitiesForApi } from "@/lib/municipality-admin/queries";
import { MunicipalityFiltersSchema } from "@/lib/municipality-admin/schemas";
import { getRoundPreview } from "@/lib/survey-admin/preview-queries";
import { createQuestion, deleteQuestion, updateQuestion } from "@/lib/survey-admin/question-actions";
import { getBankQuestion, getRoundDetail, listQuestionBank, listRounds, listSections } from "@/lib/survey-admin/queries";
import { sendReminders } from "@/lib/survey-admin/reminder-actions";
import { createRound, setRoundQuestions, setRoundStatus, updateRound } from "@/lib/survey-admin/round-actions";
import { TrackingFiltersSchema } from "@/lib/survey-admin/schemas";
import { getReminderHistory, getTrackingSummary, listNonResponders, listTracking } from "@/lib/survey-admin/tracking-queries";
import { GET as municipalitiesGet } from "@/app/api/v1/municipalities/route";
import { GET as exportGet } from "@/app/api/v1/rounds/[year]/export/route";
import { GET as progressGet } from "@/app/beheer/import/[id]/voortgang/route";
import { GET as nonRespondersGet } from "@/app/beheer/vragenlijsten/[year]/niet-gereageerd/route";
import { ADMIN_ONLY, SIGNED_IN, actionOutcome, entry, form, queryOutcome, routeOutcome, unique, type Entry } from "../auth-fixtures/matrix";

const URL_BASE = "http://127.0.0.1:3100";
const CLOSED_YEAR = 2021;
const OPEN_YEAR = 2026;

let freeYear = 2070;
type Round = { id: string; version: number; year: number };
/** A draft round with one question, in a year of its own. */
async function draftRound(): Promise<Round> {
  const year = freeYear++;
  const round = await db.surveyRound.create({
    data: { year, opensAt: new Date(`${year}-10-01T00:00:00Z`), closesAt: new Date(`${year + 1}-03-01T00:00:00Z`), questions: { create: { questionKey: "approach.stage", sortOrder: 1 } } },
    select: { id: true, version: true, year: true },
  });
  return round;
}

type Question = { key: string; version: number; sectionKey: string };
async function bankQuestion(): Promise<Question> {
  return db.question.create({
    data: { key: `matrix.sa_${unique()}`, sectionKey: "approach", type: "BOOLEAN", sortOrder: 950, textNl: "Matrixvraag?", textEn: "Matrix question?" },
    select: { key: true, version: true, sectionKey: true },
  });
}

type Job = { id: string };
const uploadingJob = (): Promise<Job> => db.importJob.create({ data: { fileName: "matrix.csv", fileSize: 10, progressTotal: 10 }, select: { id: true } });
const openRound = () => db.surveyRound.findFirstOrThrow({ where: { status: "OPEN" }, select: { id: true } });

function withFile(values: Record<string, string>, field: string, content: string, name = "lijst.csv"): FormData {
  const f = form(values);
  f.set(field, new Blob([content], { type: "text/csv" }), name);
  return f;
}

const F = {
  rounds: "lib/survey-admin/round-actions.ts",
  questions: "lib/survey-admin/question-actions.ts",
  reminders: "lib/survey-admin/reminder-actions.ts",
  saQueries: "lib/survey-admin/queries.ts",
  tracking: "lib/survey-admin/tracking-queries.ts",
  preview: "lib/survey-admin/preview-queries.ts",
  imports: "lib/imports/actions.ts",
  importQueries: "lib/imports/queries.ts",
  exportFile: "lib/imports/export-queries.ts",
  lists: "lib/municipality-admin/actions.ts",
  listQueries: "lib/municipality-admin/queries.ts",
} as const;

const anyResult = () => true; // an admin list may legitimately be empty

const actions: Entry[] = [
  entry({ kind: "action", file: F.rounds, name: "createRound", allowed: ADMIN_ONLY, call: () => actionOutcome(() => createRound(null, form({ year: freeYear, opensAt: `${freeYear}-10-01`, closesAt: `${freeYear++ + 1}-03-01` }))) }),
  entry<Round>({ kind: "action", file: F.rounds, name: "updateRound", allowed: ADMIN_ONLY, prepare: draftRound, call: (_c, r) => actionOutcome(() => updateRound(null, form({ id: r.id, version: r.version, opensAt: `${r.year}-09-01`, closesAt: `${r.year}-12-01` }))) }),
  entry<Round>({ kind: "action", file: F.rounds, name: "setRoundQuestions", allowed: ADMIN_ONLY, prepare: draftRound, call: (_c, r) => actionOutcome(() => setRoundQuestions(null, form({ id: r.id, version: r.version, questions: ["approach.stage", "approach.tracks"] }))) }),
  // Closing a draft is refused by a rule that runs after authorization (the admin gets "not open").
  entry<Round>({ kind: "action", file: F.rounds, name: "setRoundStatus", allowed: ADMIN_ONLY, prepare: draftRound, call: (_c, r) => actionOutcome(() => setRoundStatus(null, form({ id: r.id, version: r.version, status: "CLOSED", confirm: "yes" }))) }),
  entry<{ id: string }>({ kind: "action", file: F.reminders, name: "sendReminders", allowed: ADMIN_ONLY, prepare: openRound, call: (_c, r) => actionOutcome(() => sendReminders(null, form({ roundId: r.id, target: "notStarted", confirm: "yes" }))) }),
  entry({
    kind: "action",
    file: F.questions,
    name: "createQuestion",
    allowed: ADMIN_ONLY,
    call: () => actionOutcome(() => createQuestion(null, form({ key: `matrix.new_${unique()}`, type: "SINGLE", sectionKey: "approach", sortOrder: 951, textNl: "Nieuw?", textEn: "New?", "option.0.key": "A", "option.0.textNl": "a", "option.0.textEn": "a", "option.1.key": "B", "option.1.textNl": "b", "option.1.textEn": "b" }))),
  }),
  entry<Question>({ kind: "action", file: F.questions, name: "updateQuestion", allowed: ADMIN_ONLY, prepare: bankQuestion, call: (_c, q) => actionOutcome(() => updateQuestion(null, form({ ...q, sortOrder: 952, textNl: "Gewijzigd?", textEn: "Changed?" }))) }),
  entry<Question>({ kind: "action", file: F.questions, name: "deleteQuestion", allowed: ADMIN_ONLY, prepare: bankQuestion, call: (_c, q) => actionOutcome(() => deleteQuestion(null, form({ key: q.key, version: q.version, confirm: "yes" }))) }),
  entry({ kind: "action", file: F.imports, name: "startImport", allowed: ADMIN_ONLY, call: () => actionOutcome(() => startImport(null, form({ fileName: "antwoorden.csv", fileSize: 10 }))) }),
  entry<Job>({ kind: "action", file: F.imports, name: "uploadImportChunk", allowed: ADMIN_ONLY, prepare: uploadingJob, call: (_c, j) => actionOutcome(() => uploadImportChunk(null, withFile({ jobId: j.id, seq: "0" }, "chunk", "round,x\n"))) }),
  // An incomplete upload: the admin is refused by that rule, everyone else before it.
  entry<Job>({ kind: "action", file: F.imports, name: "validateImport", allowed: ADMIN_ONLY, prepare: uploadingJob, call: (_c, j) => actionOutcome(() => validateImport(null, form({ jobId: j.id }))) }),
  entry<Job>({ kind: "action", file: F.imports, name: "commitImport", allowed: ADMIN_ONLY, prepare: uploadingJob, call: (_c, j) => actionOutcome(() => commitImport(null, form({ jobId: j.id }))) }),
  entry<Job>({ kind: "action", file: F.imports, name: "discardImport", allowed: ADMIN_ONLY, prepare: uploadingJob, call: (_c, j) => actionOutcome(() => discardImport(null, form({ jobId: j.id }))) }),
  entry({ kind: "action", file: F.lists, name: "importGidsList", allowed: ADMIN_ONLY, call: () => actionOutcome(() => importGidsList(null, withFile({ mode: "preview" }, "file", "gemeentecode,jaar\nGM0794,2014\n"))) }),
  entry({ kind: "action", file: F.lists, name: "importMergers", allowed: ADMIN_ONLY, call: () => actionOutcome(() => importMergers(null, withFile({ mode: "preview" }, "file", "gemeentecode,naam,opvolger,datum\nGM0001,Oud,GM0794,2001-01-01\n"))) }),
  // Without SMTP the admin is told there is nothing to retry through.
  entry({ kind: "action", file: "lib/mail/actions.ts", name: "retryOutbox", allowed: ADMIN_ONLY, call: () => actionOutcome(() => retryOutbox(null, form({ confirm: "yes" }))) }),
];

const queries: Entry[] = [
  entry({ kind: "query", file: F.saQueries, name: "listRounds", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listRounds(c.viewer), (r) => r.length > 0) }),
  entry({ kind: "query", file: F.saQueries, name: "getRoundDetail", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => getRoundDetail(c.viewer, CLOSED_YEAR)) }),
  entry({ kind: "query", file: F.saQueries, name: "listSections", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listSections(c.viewer, "nl"), (s) => s.length > 0) }),
  entry({ kind: "query", file: F.saQueries, name: "listQuestionBank", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listQuestionBank(c.viewer, "nl"), (q) => q.length > 0) }),
  entry({ kind: "query", file: F.saQueries, name: "getBankQuestion", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => getBankQuestion(c.viewer, "nl", "approach.tracks")) }),
  entry({ kind: "query", file: F.preview, name: "getRoundPreview", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => getRoundPreview(c.viewer, OPEN_YEAR, "nl")) }),
  entry({ kind: "query", file: F.tracking, name: "getTrackingSummary", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => getTrackingSummary(c.viewer, OPEN_YEAR)) }),
  entry({ kind: "query", file: F.tracking, name: "listTracking", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listTracking(c.viewer, OPEN_YEAR, TrackingFiltersSchema.parse({})), (p) => p.total > 0) }),
  entry({ kind: "query", file: F.tracking, name: "listNonResponders", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listNonResponders(c.viewer, OPEN_YEAR), anyResult) }),
  entry({ kind: "query", file: F.tracking, name: "getReminderHistory", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => getReminderHistory(c.viewer, "GM0794")) }),
  entry({ kind: "query", file: F.importQueries, name: "listImportJobs", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listImportJobs(c.viewer), anyResult) }),
  entry<Job>({ kind: "query", file: F.importQueries, name: "getImportJob", allowed: ADMIN_ONLY, prepare: uploadingJob, call: (c, j) => queryOutcome(() => getImportJob(c.viewer, j.id)) }),
  entry<Job>({ kind: "query", file: F.importQueries, name: "getImportProgress", allowed: ADMIN_ONLY, prepare: uploadingJob, call: (c, j) => queryOutcome(() => getImportProgress(c.viewer, j.id)) }),
  entry<Job>({ kind: "query", file: F.importQueries, name: "listImportErrors", allowed: ADMIN_ONLY, prepare: uploadingJob, call: (c, j) => queryOutcome(() => listImportErrors(c.viewer, j.id, 1)) }),
  entry({ kind: "query", file: F.exportFile, name: "exportRoundFile", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => exportRoundFile(c.viewer, CLOSED_YEAR, "csv")) }),
  entry({ kind: "query", file: "lib/mail/queries.ts", name: "listOutbox", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listOutbox(c.viewer, OutboxFiltersSchema.parse({})), anyResult) }),
  entry({ kind: "query", file: F.listQueries, name: "listMunicipalitiesAdmin", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listMunicipalitiesAdmin(c.viewer, MunicipalityFiltersSchema.parse({})), (p) => p.total > 0) }),
  entry({ kind: "query", file: F.listQueries, name: "listMunicipalitiesForApi", allowed: SIGNED_IN, call: (c) => queryOutcome(() => listMunicipalitiesForApi(c.viewer, { gidsOnly: false }), (l) => l.length > 0) }),
];

const routes: Entry[] = [
  entry({ kind: "route", file: "app/api/v1/municipalities/route.ts", name: "GET", allowed: SIGNED_IN, call: async () => routeOutcome(await municipalitiesGet(new Request(`${URL_BASE}/api/v1/municipalities?format=csv`))) }),
  entry({
    kind: "route",
    file: "app/api/v1/rounds/[year]/export/route.ts",
    name: "GET",
    allowed: ADMIN_ONLY,
    call: async () => routeOutcome(await exportGet(new Request(`${URL_BASE}/api/v1/rounds/${CLOSED_YEAR}/export?format=xlsx`), { params: Promise.resolve({ year: String(CLOSED_YEAR) }) })),
  }),
  entry<Job>({ kind: "route", file: "app/beheer/import/[id]/voortgang/route.ts", name: "GET", allowed: ADMIN_ONLY, prepare: uploadingJob, call: async (_c, j) => routeOutcome(await progressGet(new Request(`${URL_BASE}/beheer/import/${j.id}/voortgang`), { params: Promise.resolve({ id: j.id }) })) }),
  entry({
    kind: "route",
    file: "app/beheer/vragenlijsten/[year]/niet-gereageerd/route.ts",
    name: "GET",
    allowed: ADMIN_ONLY,
    call: async () => routeOutcome(await nonRespondersGet(new Request(`${URL_BASE}/beheer/vragenlijsten/${OPEN_YEAR}/niet-gereageerd`), { params: Promise.resolve({ year: String(OPEN_YEAR) }) })),
  }),
];

export const surveyAdminMatrix: Entry[] = [...actions, ...queries, ...routes];
