// Matrix entries of the national dashboards (every signed-in role) and the adviser's caseload.
import { db } from "@/lib/db";
import { getCaseload, getCaseloadRows } from "@/lib/caseload/queries";
import {
  getLargeMunicipalityBreakdowns,
  getNationalBreakdown,
  getNationalLabels,
  getNationalMap,
  getNationalRounds,
  getProgrammeFigures,
  getProgrammeLabels,
} from "@/lib/dashboards/queries";
import { GET as chartGet } from "@/app/api/v1/dashboards/[chart]/route";
import type { Viewer } from "@/lib/auth/viewer-types";
import { SIGNED_IN, entry, queryOutcome, routeOutcome, type Entry, type Outcome } from "./matrix";

const BASE = "http://127.0.0.1:3100";
const unreachable = ["anonymous"] as const; // typed to require a Viewer: pages call requireViewer() first
const resolves = () => true;
const dashboards = "lib/dashboards/queries.ts";
const national = (name: string, run: (v: Viewer) => Promise<Outcome>) =>
  entry({ kind: "query", file: dashboards, name, allowed: SIGNED_IN, unreachable, call: (c) => run(c.viewer!) });
/** Advisers see their own caseload; an admin may look at any adviser's (its own is empty). */
const CASELOAD = ["adviserAssigned", "adviserOther", "admin"] as const;

export const dashboardEntries: Entry[] = [
  national("getNationalRounds", (v) => queryOutcome(() => getNationalRounds(v), (r) => r.length > 0)),
  national("getNationalBreakdown", (v) => queryOutcome(() => getNationalBreakdown(v, 2021, "province"))),
  national("getLargeMunicipalityBreakdowns", (v) => queryOutcome(() => getLargeMunicipalityBreakdowns(v, [2021]), resolves)),
  national("getNationalMap", async (v) => {
    const q = await db.roundQuestion.findFirstOrThrow({ where: { round: { year: 2021 } }, select: { questionKey: true } });
    return queryOutcome(() => getNationalMap(v, 2021, q.questionKey), resolves);
  }),
  national("getProgrammeFigures", (v) => queryOutcome(() => getProgrammeFigures(v))),
  national("getNationalLabels", (v) => queryOutcome(() => getNationalLabels(v, "nl"))),
  national("getProgrammeLabels", (v) => queryOutcome(() => getProgrammeLabels(v, "nl"))),
  entry({ kind: "query", file: "lib/caseload/queries.ts", name: "getCaseload", allowed: CASELOAD, unreachable, call: (c) => queryOutcome(() => getCaseload(c.viewer!, { today: new Date() }), resolves) }),
  entry({ kind: "query", file: "lib/caseload/queries.ts", name: "getCaseloadRows", allowed: CASELOAD, unreachable, call: (c) => queryOutcome(() => getCaseloadRows(c.viewer!, { today: new Date() }), resolves) }),

  entry({
    kind: "route",
    file: "app/api/v1/dashboards/[chart]/route.ts",
    name: "GET",
    allowed: SIGNED_IN,
    call: async () => routeOutcome(await chartGet(new Request(`${BASE}/api/v1/dashboards/kerncijfers?ronde=2021&format=json`), { params: Promise.resolve({ chart: "kerncijfers" }) })),
  }),
];
