// Matrix entries of the answer import, the municipality lists, the mail outbox and their API routes.
import { db } from "@/lib/db";
import { commitImport, discardImport, startImport, uploadImportChunk, validateImport } from "@/lib/imports/actions";
import { getImportJob, getImportProgress, listImportErrors, listImportJobs } from "@/lib/imports/queries";
import { retryOutbox } from "@/lib/mail/actions";
import { listOutbox, OutboxFiltersSchema } from "@/lib/mail/queries";
import { importGidsList, importMergers } from "@/lib/municipality-admin/actions";
import { listMunicipalitiesAdmin, listMunicipalitiesForApi } from "@/lib/municipality-admin/queries";
import { MunicipalityFiltersSchema } from "@/lib/municipality-admin/schemas";
import { GET as municipalitiesGet } from "@/app/api/v1/municipalities/route";
import { GET as roundExportGet } from "@/app/api/v1/rounds/[year]/export/route";
import { ADMIN_ONLY, SIGNED_IN, actionOutcome, entry, form, queryOutcome, routeOutcome, type Entry } from "./matrix";

/** An import job waiting for its upload (each call gets its own). */
const uploadingJob = () => db.importJob.create({ data: { fileName: "matrix.csv", fileSize: 10, progressTotal: 10 }, select: { id: true } });

function withFile(values: Record<string, string>, name: string, content: string): FormData {
  const f = form(values);
  f.set(name, new Blob([content], { type: "text/csv" }), "lijst.csv");
  return f;
}

const imports = "lib/imports/actions.ts";
const lists = "lib/municipality-admin/actions.ts";
const importQueries = "lib/imports/queries.ts";
type Job = { id: string };
const resolves = () => true; // an admin list may be empty; the others are refused with NotFoundError

export const importEntries: Entry[] = [
  entry({ kind: "action", file: imports, name: "startImport", allowed: ADMIN_ONLY, call: () => actionOutcome(() => startImport(null, form({ fileName: "antwoorden.csv", fileSize: 10 }))) }),
  entry<Job>({ kind: "action", file: imports, name: "uploadImportChunk", allowed: ADMIN_ONLY, prepare: uploadingJob, call: (_c, j) => actionOutcome(() => uploadImportChunk(null, withFile({ jobId: j.id, seq: "0" }, "chunk", "a,b\n1,2\n"))) }),
  // The job is incomplete (no bytes received): an admin is refused by that rule, everyone else earlier.
  entry<Job>({ kind: "action", file: imports, name: "validateImport", allowed: ADMIN_ONLY, prepare: uploadingJob, call: (_c, j) => actionOutcome(() => validateImport(null, form({ jobId: j.id }))) }),
  entry<Job>({ kind: "action", file: imports, name: "commitImport", allowed: ADMIN_ONLY, prepare: uploadingJob, call: (_c, j) => actionOutcome(() => commitImport(null, form({ jobId: j.id }))) }),
  entry<Job>({ kind: "action", file: imports, name: "discardImport", allowed: ADMIN_ONLY, prepare: uploadingJob, call: (_c, j) => actionOutcome(() => discardImport(null, form({ jobId: j.id }))) }),
  entry({ kind: "action", file: lists, name: "importGidsList", allowed: ADMIN_ONLY, call: () => actionOutcome(() => importGidsList(null, withFile({ mode: "preview" }, "file", "code;naam\nGM0794;Helmond\n"))) }),
  entry({ kind: "action", file: lists, name: "importMergers", allowed: ADMIN_ONLY, call: () => actionOutcome(() => importMergers(null, withFile({ mode: "preview" }, "file", "code;opvolger;datum\n"))) }),
  entry({ kind: "action", file: "lib/mail/actions.ts", name: "retryOutbox", allowed: ADMIN_ONLY, call: () => actionOutcome(() => retryOutbox(null, form({ confirm: "yes" }))) }),

  entry({ kind: "query", file: importQueries, name: "listImportJobs", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listImportJobs(c.viewer), resolves) }),
  entry<Job>({ kind: "query", file: importQueries, name: "getImportJob", allowed: ADMIN_ONLY, prepare: uploadingJob, call: (c, j) => queryOutcome(() => getImportJob(c.viewer, j.id)) }),
  entry<Job>({ kind: "query", file: importQueries, name: "getImportProgress", allowed: ADMIN_ONLY, prepare: uploadingJob, call: (c, j) => queryOutcome(() => getImportProgress(c.viewer, j.id)) }),
  entry<Job>({ kind: "query", file: importQueries, name: "listImportErrors", allowed: ADMIN_ONLY, prepare: uploadingJob, call: (c, j) => queryOutcome(() => listImportErrors(c.viewer, j.id, 1)) }),
  entry({ kind: "query", file: "lib/mail/queries.ts", name: "listOutbox", allowed: ADMIN_ONLY, call: (c) => queryOutcome(() => listOutbox(c.viewer, OutboxFiltersSchema.parse({})), resolves) }),
  entry({
    kind: "query",
    file: "lib/municipality-admin/queries.ts",
    name: "listMunicipalitiesAdmin",
    allowed: ADMIN_ONLY,
    call: (c) => queryOutcome(() => listMunicipalitiesAdmin(c.viewer, MunicipalityFiltersSchema.parse({})), (p) => p.total > 0),
  }),
  entry({
    kind: "query",
    file: "lib/municipality-admin/queries.ts",
    name: "listMunicipalitiesForApi",
    allowed: SIGNED_IN,
    call: (c) => queryOutcome(() => listMunicipalitiesForApi(c.viewer, { gidsOnly: true }), (l) => l.length > 0),
  }),

  entry({ kind: "route", file: "app/api/v1/municipalities/route.ts", name: "GET", allowed: SIGNED_IN, call: async () => routeOutcome(await municipalitiesGet(new Request("http://127.0.0.1:3100/api/v1/municipalities?gids=true"))) }),
  entry({
    kind: "route",
    file: "app/api/v1/rounds/[year]/export/route.ts",
    name: "GET",
    allowed: ADMIN_ONLY,
    call: async () => routeOutcome(await roundExportGet(new Request("http://127.0.0.1:3100/api/v1/rounds/2021/export?format=csv"), { params: Promise.resolve({ year: "2021" }) })),
  }),
];
