// Authorization matrix entries of the national dashboards (issue 6): every query of lib/dashboards/queries.ts
// and the read API routes. National aggregates (and the published per-municipality answers on the map) are
// for every signed-in role; anonymous requests get 401, and the queries cannot be reached without a viewer.
// Wire into tests/integration/authorization-matrix.test.ts: `...dashboardEntries` in MATRIX, and remove the
// older results-route entry from auth-fixtures/matrix-public.ts (it is listed here now).
import {
  getLargeMunicipalityBreakdowns,
  getNationalBreakdown,
  getNationalLabels,
  getNationalMap,
  getNationalRounds,
  getProgrammeFigures,
  getProgrammeLabels,
} from "@/lib/dashboards/queries";
import { GET as resultsGet } from "@/app/api/v1/rounds/[year]/results/route";
import { GET as dashboardGet } from "@/app/api/v1/dashboards/[chart]/route";
import { SIGNED_IN, entry, queryOutcome, routeOutcome, type Ctx, type Entry } from "../auth-fixtures/matrix";

const FILE = "lib/dashboards/queries.ts";
const unreachable = ["anonymous"] as const; // the queries take a Viewer: pages call requireViewer() first
const SITE = "http://127.0.0.1:3100";

/** A query entry: allowed for every signed-in persona when it returns data. */
function query(name: string, run: (ctx: Ctx) => Promise<unknown>, hasData: (v: unknown) => boolean = (v) => v !== null && v !== undefined): Entry {
  return entry({ kind: "query", file: FILE, name, allowed: SIGNED_IN, unreachable, call: (ctx) => queryOutcome(() => run(ctx), hasData) });
}

const nonEmpty = (v: unknown) => (Array.isArray(v) ? v.length > 0 : typeof v === "object" && v !== null && Object.keys(v).length > 0);

export const dashboardEntries: Entry[] = [
  query("getNationalRounds", ({ viewer }) => getNationalRounds(viewer!), nonEmpty),
  query("getNationalBreakdown", ({ viewer }) => getNationalBreakdown(viewer!, 2021, "province")),
  query("getLargeMunicipalityBreakdowns", ({ viewer }) => getLargeMunicipalityBreakdowns(viewer!, [2021]), nonEmpty),
  query("getNationalMap", ({ viewer }) => getNationalMap(viewer!, 2021, "approach.tracks"), nonEmpty),
  query("getProgrammeFigures", ({ viewer }) => getProgrammeFigures(viewer!), (v) => (v as { years: number[] }).years.length > 0),
  query("getNationalLabels", ({ viewer }) => getNationalLabels(viewer!, "nl"), nonEmpty),
  query("getProgrammeLabels", ({ viewer }) => getProgrammeLabels(viewer!, "nl"), nonEmpty),
  entry({
    kind: "route",
    file: "app/api/v1/rounds/[year]/results/route.ts",
    name: "GET",
    allowed: SIGNED_IN,
    call: async () => routeOutcome(await resultsGet(new Request(`${SITE}/api/v1/rounds/2021/results?breakdown=province`), { params: Promise.resolve({ year: "2021" }) })),
  }),
  entry({
    kind: "route",
    file: "app/api/v1/dashboards/[chart]/route.ts",
    name: "GET",
    allowed: SIGNED_IN,
    call: async () => routeOutcome(await dashboardGet(new Request(`${SITE}/api/v1/dashboards/kaart?ronde=2021&vraag=approach.tracks&format=csv`), { params: Promise.resolve({ chart: "kaart" }) })),
  }),
];
