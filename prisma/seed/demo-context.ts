// Everything the demo generators share, computed once and purely from the reference files:
// the GIDS selection and the answer plans of every round.
import type { Unit } from "./calibration";
import { NAMED_MUNICIPALITIES, selectGids } from "./gids";
import { loadGemeenten } from "./sources";
import { planAnswers, planClosedRound, type RoundPlan } from "./survey-plan";
import { slugify } from "./util";

export type GidsMunicipality = Unit & { name: string; slug: string; provinceCode: string; ggdRegionCode: string; ggdName: string };

export const CLOSED_ROUNDS = [2015, 2019, 2021] as const;

export type DemoContext = {
  gids: GidsMunicipality[];
  byName: (name: string) => GidsMunicipality;
  /** Closed rounds: who responded, and their calibrated answers. */
  closed: Map<number, { respondents: Set<string>; plan: RoundPlan }>;
  /** 2021 answers of the non-respondents (not stored as answers; their 2021 approach follows them). */
  nonRespondents2021: RoundPlan;
  /** 2026 answers of every GIDS municipality (stored as far as each response has got). */
  open2026: RoundPlan;
};

export function buildDemoContext(): DemoContext {
  const all: GidsMunicipality[] = loadGemeenten().map((g) => ({
    code: g.gemeentecode,
    name: g.gemeentenaam,
    slug: slugify(g.gemeentenaam),
    population: g.inwoners,
    provinceCode: g.provinciecode,
    ggdRegionCode: g.ggdregiocode,
    ggdName: g.ggdregionaam,
  }));
  const chosen = new Set(selectGids(all).map((m) => m.code));
  const gids = all.filter((m) => chosen.has(m.code)).sort((a, b) => a.code.localeCompare(b.code));
  const named = new Set<string>(NAMED_MUNICIPALITIES);
  const preferred = new Set(gids.filter((m) => named.has(m.name)).map((m) => m.code));
  const closed = new Map(
    CLOSED_ROUNDS.map((year) => {
      const { respondents, plan } = planClosedRound(year, gids, preferred);
      return [year, { respondents: new Set(respondents.map((u) => u.code)), plan }] as const;
    }),
  );
  const r2021 = closed.get(2021)!.respondents;
  return {
    gids,
    byName: (name) => {
      const m = gids.find((g) => g.name === name);
      if (!m) throw new Error(`${name} is not a GIDS municipality`);
      return m;
    },
    closed,
    nonRespondents2021: planAnswers(2021, gids.filter((m) => !r2021.has(m.code)), false),
    open2026: planAnswers(2026, gids, false),
  };
}
