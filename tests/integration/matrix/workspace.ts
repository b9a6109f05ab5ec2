// The workspace's part of the authorization matrix (approach, initiatives, questionnaire, home, export), in
// the shared vocabulary of auth-fixtures/matrix.ts. Everything aims at Helmond: its civil servant and admin
// write; they and its assigned adviser read; the other civil servant, the other adviser, VWS and anonymous
// see nothing (VWS reads submitted questionnaires on the national pages, never a workspace).
import { db } from "@/lib/db";
import { saveApproachAction, startApproachYearAction } from "@/lib/approach/actions";
import { FIRST_APPROACH_YEAR, MAX_YEARS_AHEAD } from "@/lib/approach/options";
import { getApproach, getLatestApproach, listApproachYears } from "@/lib/approach/queries";
import { getExportData, getInitiativeTotals } from "@/lib/exports/queries";
import { archiveInitiativeAction, createInitiativeAction, restoreInitiativeAction, updateInitiativeAction } from "@/lib/initiatives/actions";
import { parseInitiativeFilters } from "@/lib/initiatives/filters";
import { getInitiative, listInitiatives } from "@/lib/initiatives/queries";
import { saveQuestionnaireAction, submitQuestionnaireAction } from "@/lib/questionnaire/actions";
import { getQuestionnaire, getQuestionnaireStatus } from "@/lib/questionnaire/queries";
import { getHomeOverview } from "@/lib/workspace/home-queries";
import { getInitiativeMatrix, getLastUpdated, getWorkspace } from "@/lib/workspace/queries";
import type { Viewer } from "@/lib/auth/viewer-types";
import { GET as exportGet } from "@/app/gemeenten/[code]/export/route";
import { WORKSPACE_READERS, WORKSPACE_WRITERS, actionOutcome, entry, form, queryOutcome, routeOutcome, unique, type Entry, type Outcome } from "../auth-fixtures/matrix";
import { HOME } from "../auth-fixtures/personas";

const OPEN_YEAR = 2026;
/** Queries take a Viewer: pages call requireViewer() first, so anonymous never reaches them. */
const unreachable = ["anonymous"] as const;

type Rec = { id: string; version: number };

async function anInitiative(archived: boolean): Promise<Rec> {
  const i = await db.initiative.findFirstOrThrow({ where: { municipalityCode: HOME, archivedAt: null }, select: { id: true, version: true }, orderBy: { id: "asc" } });
  if (!archived) return i;
  return db.initiative.update({ where: { id: i.id }, data: { archivedAt: new Date(), version: { increment: 1 } }, select: { id: true, version: true } });
}

async function freeApproachYear(): Promise<number> {
  const taken = new Set((await db.approach.findMany({ where: { municipalityCode: HOME }, select: { year: true } })).map((a) => a.year));
  for (let y = FIRST_APPROACH_YEAR; y <= new Date().getFullYear() + MAX_YEARS_AHEAD; y++) if (!taken.has(y)) return y;
  throw new Error("no free approach year left for the matrix");
}

async function responseVersion(): Promise<number> {
  const r = await db.surveyResponse.findFirst({ where: { municipalityCode: HOME, round: { year: OPEN_YEAR } }, select: { version: true } });
  return r?.version ?? 0;
}

const initiativeFields = () => ({ code: HOME, title: `Matrix ${unique()}`, status: "RUNNING", visibility: "PRIVATE", "tracks[]": ["PARTICIPATION"] });

const actions: Entry[] = [
  entry<Rec & { year: number }>({
    kind: "action",
    file: "lib/approach/actions.ts",
    name: "saveApproachAction",
    allowed: WORKSPACE_WRITERS,
    prepare: () => db.approach.findFirstOrThrow({ where: { municipalityCode: HOME }, select: { id: true, version: true, year: true }, orderBy: { year: "desc" } }),
    call: (_c, a) => actionOutcome(() => saveApproachAction(null, form({ code: HOME, year: a.year, id: a.id, version: a.version, story: "Matrix" }))),
  }),
  entry<number>({
    kind: "action",
    file: "lib/approach/actions.ts",
    name: "startApproachYearAction",
    allowed: WORKSPACE_WRITERS,
    prepare: freeApproachYear,
    call: (_c, year) => actionOutcome(() => startApproachYearAction(null, form({ code: HOME, year, from: "copy" }))),
  }),
  entry({
    kind: "action",
    file: "lib/initiatives/actions.ts",
    name: "createInitiativeAction",
    allowed: WORKSPACE_WRITERS,
    call: () => actionOutcome(() => createInitiativeAction(null, form(initiativeFields()))),
  }),
  entry<Rec>({
    kind: "action",
    file: "lib/initiatives/actions.ts",
    name: "updateInitiativeAction",
    allowed: WORKSPACE_WRITERS,
    prepare: () => anInitiative(false),
    call: (_c, i) => actionOutcome(() => updateInitiativeAction(null, form({ ...initiativeFields(), id: i.id, version: i.version }))),
  }),
  entry<Rec>({
    kind: "action",
    file: "lib/initiatives/actions.ts",
    name: "archiveInitiativeAction",
    allowed: WORKSPACE_WRITERS,
    prepare: () => anInitiative(false),
    call: (_c, i) => actionOutcome(() => archiveInitiativeAction(null, form({ code: HOME, id: i.id, version: i.version }))),
  }),
  entry<Rec>({
    kind: "action",
    file: "lib/initiatives/actions.ts",
    name: "restoreInitiativeAction",
    allowed: WORKSPACE_WRITERS,
    prepare: () => anInitiative(true),
    call: (_c, i) => actionOutcome(() => restoreInitiativeAction(null, form({ code: HOME, id: i.id, version: i.version }))),
  }),
  // Helmond's 2026 questionnaire is submitted: writers get "not editable" — a refusal after the access check.
  entry<number>({
    kind: "action",
    file: "lib/questionnaire/actions.ts",
    name: "saveQuestionnaireAction",
    allowed: WORKSPACE_WRITERS,
    prepare: responseVersion,
    call: (_c, version) => actionOutcome(() => saveQuestionnaireAction(null, form({ code: HOME, year: OPEN_YEAR, version, intent: "autosave" }))),
  }),
  entry<number>({
    kind: "action",
    file: "lib/questionnaire/actions.ts",
    name: "submitQuestionnaireAction",
    allowed: WORKSPACE_WRITERS,
    prepare: responseVersion,
    call: (_c, version) => actionOutcome(() => submitQuestionnaireAction(null, form({ code: HOME, year: OPEN_YEAR, version, intent: "submit" }))),
  }),
];

type Run = (v: Viewer) => Promise<Outcome>;

const readers: [file: string, name: string, run: Run][] = [
  ["lib/workspace/queries.ts", "getWorkspace", (v) => queryOutcome(() => getWorkspace(v, HOME))],
  ["lib/workspace/queries.ts", "getInitiativeMatrix", (v) => queryOutcome(() => getInitiativeMatrix(v, HOME), (m) => m.total > 0)],
  ["lib/workspace/queries.ts", "getLastUpdated", (v) => queryOutcome(() => getLastUpdated(v, HOME))],
  [
    "lib/workspace/home-queries.ts",
    "getHomeOverview",
    async (v) => {
      // Called with a workspace the viewer was never given: only national aggregates may come back.
      const m = await db.municipality.findUniqueOrThrow({ where: { code: HOME }, select: { code: true, name: true, sizeClass: true, population: true, isGids: true } });
      return queryOutcome(() => getHomeOverview(v, { ...m, canWrite: false }, "nl"), (o) => o.approach !== null || o.matrix.total > 0);
    },
  ],
  ["lib/initiatives/queries.ts", "listInitiatives", (v) => queryOutcome(() => listInitiatives(v, HOME, parseInitiativeFilters({})), (p) => p.total > 0)],
  [
    "lib/initiatives/queries.ts",
    "getInitiative",
    async (v) => {
      const i = await db.initiative.findFirstOrThrow({ where: { municipalityCode: HOME, visibility: "PRIVATE" }, select: { id: true } });
      return queryOutcome(() => getInitiative(v, HOME, i.id));
    },
  ],
  ["lib/approach/queries.ts", "listApproachYears", (v) => queryOutcome(() => listApproachYears(v, HOME), (l) => l.length > 0)],
  ["lib/approach/queries.ts", "getApproach", async (v) => queryOutcome(async () => getApproach(v, HOME, (await db.approach.findFirstOrThrow({ where: { municipalityCode: HOME } })).year))],
  ["lib/approach/queries.ts", "getLatestApproach", (v) => queryOutcome(() => getLatestApproach(v, HOME))],
  ["lib/questionnaire/queries.ts", "getQuestionnaire", (v) => queryOutcome(() => getQuestionnaire(v, HOME, null, "nl"))],
  ["lib/questionnaire/queries.ts", "getQuestionnaireStatus", (v) => queryOutcome(() => getQuestionnaireStatus(v, HOME))],
  ["lib/exports/queries.ts", "getExportData", (v) => queryOutcome(() => getExportData(v, HOME, null, "nl"))],
  ["lib/exports/queries.ts", "getInitiativeTotals", (v) => queryOutcome(() => getInitiativeTotals(v, HOME), (t) => t.running > 0)],
];

const queries: Entry[] = readers.map(([file, name, run]) => entry({ kind: "query", file, name, allowed: WORKSPACE_READERS, unreachable, call: (c) => run(c.viewer!) }));

/** Ids that do not belong together: another municipality's initiative under Helmond's URL is nobody's. */
const crossTenant: Entry = entry({
  kind: "query",
  file: "lib/initiatives/queries.ts",
  name: "getInitiative (initiative of another municipality)",
  allowed: [],
  unreachable,
  call: async (c) => {
    const foreign = await db.initiative.findFirstOrThrow({ where: { municipalityCode: c.cast.otherCode }, select: { id: true } });
    return queryOutcome(() => getInitiative(c.viewer!, HOME, foreign.id));
  },
});

const routes: Entry[] = [
  entry({
    kind: "route",
    file: "app/gemeenten/[code]/export/route.ts",
    name: "GET",
    allowed: WORKSPACE_READERS,
    call: async () => routeOutcome(await exportGet(new Request(`http://127.0.0.1:3100/gemeenten/${HOME}/export`), { params: Promise.resolve({ code: HOME }) })),
  }),
];

export const workspaceMatrix: Entry[] = [...actions, ...queries, crossTenant, ...routes];
