// Matrix entries that are open on purpose, and the reads that take no viewer (public by design).
import { setLocaleAction } from "@/lib/i18n/actions";
import { GET as healthGet } from "@/app/api/health/route";
import { GET as readyGet } from "@/app/api/health/ready/route";
import { POST as revalidatePost } from "@/app/api/internal/revalidate/route";
import { GET as resultsGet } from "@/app/api/v1/rounds/[year]/results/route";
import { ALL, SIGNED_IN, entry, form, routeOutcome, type Entry } from "./matrix";

export const publicEntries: Entry[] = [
  // The language switch only sets the visitor's own cookie; it touches no data.
  entry({ kind: "action", file: "lib/i18n/actions.ts", name: "setLocaleAction", allowed: ALL, call: async () => (await setLocaleAction(form({ locale: "en" })), "allowed") }),
  entry({ kind: "route", file: "app/api/health/route.ts", name: "GET", allowed: ALL, call: async () => routeOutcome(await healthGet()) }),
  entry({ kind: "route", file: "app/api/health/ready/route.ts", name: "GET", allowed: ALL, call: async () => routeOutcome(await readyGet()) }),
  // Cache expiry for the portal's own scripts: a signed bearer token only, never a session, whoever asks.
  entry({
    kind: "route",
    file: "app/api/internal/revalidate/route.ts",
    name: "POST",
    allowed: [],
    call: async () =>
      routeOutcome(await revalidatePost(new Request("http://127.0.0.1:3100/api/internal/revalidate", { method: "POST", body: JSON.stringify({ tags: ["national"] }) }))),
  }),
  // National aggregates: every signed-in role; anonymous gets 401 (session or bearer token via authenticateApi).
  entry({
    kind: "route",
    file: "app/api/v1/rounds/[year]/results/route.ts",
    name: "GET",
    allowed: SIGNED_IN,
    call: async () =>
      routeOutcome(await resultsGet(new Request("http://127.0.0.1:3100/api/v1/rounds/2021/results"), { params: Promise.resolve({ year: "2021" }) })),
  }),
];

/**
 * Exports of lib/**\/queries.ts that take no viewer, with the reason they need none. Anything added to a
 * queries.ts must appear here or in the matrix (the meta-test checks).
 */
export const PUBLIC_QUERIES: Record<string, string> = {
  "lib/municipalities/queries.ts#listGidsMunicipalities": "the public list of GIDS municipalities (CBS open data + GIDS flag)",
  "lib/municipalities/queries.ts#getMunicipalityFilterOptions": "provinces and GGD regions (CBS open data)",
  "lib/municipalities/queries.ts#countGidsMunicipalities": "a count shown on the public home page",
  "lib/reference/queries.ts#listTracks": "the five tracks (reference data)",
  "lib/reference/queries.ts#listPillars": "the eight pillars (reference data)",
  "lib/reference/queries.ts#getQuestionLabels": "question bank texts (reference data, no answers)",
  "lib/reference/queries.ts#listRoundYears": "the years of the survey rounds",
  "lib/health/queries.ts#isDatabaseReachable": "readiness probe, returns a boolean",
};

/** Exports of queries.ts files that are not queries (constants, selects, pure mappers). */
export const NOT_QUERIES: Record<string, string> = {
  "lib/questionnaire/queries.ts#EDITABLE_STATUSES": "constant",
  "lib/survey-admin/tracking-queries.ts#TRACKING_PAGE_SIZE": "constant",
  "lib/initiatives/queries.ts#INITIATIVE_SELECT": "Prisma select shape",
  "lib/initiatives/queries.ts#toInitiativeDTO": "pure row → DTO mapper",
  "lib/approach/queries.ts#APPROACH_SELECT": "Prisma select shape",
  "lib/approach/queries.ts#toApproachDTO": "pure row → DTO mapper",
  "lib/imports/queries.ts#ERRORS_PAGE_SIZE": "constant",
  "lib/mail/queries.ts#MAIL_STATUSES": "constant",
  "lib/mail/queries.ts#OUTBOX_PAGE_SIZE": "constant",
  "lib/mail/queries.ts#OutboxFiltersSchema": "zod schema",
  "lib/municipality-admin/queries.ts#MUNICIPALITY_ADMIN_PAGE_SIZE": "constant",
};
