// 3–12 initiatives per GIDS municipality: the real examples where we have them, otherwise templates
// chosen to match the tracks of the municipality's 2026 approach. Larger municipalities log more.
import type { FundingSource, InitiativeStatus, MonitoringLevel, Prisma, TrackCode, Visibility } from "../../lib/generated/prisma/client";
import { sizeScore } from "./calibration";
import type { DemoContext, GidsMunicipality } from "./demo-context";
import type { DemoUsers } from "./demo-users";
import { EXAMPLES, type InitiativeExample } from "./initiative-examples";
import { NEIGHBOURHOODS, TEMPLATES, partnerNames } from "./initiative-templates";
import { REFERENCE_DATE, addDays, day, rng, seedId, type Rng } from "./util";

type Rows = {
  initiatives: Prisma.InitiativeCreateManyInput[];
  tracks: Prisma.InitiativeTrackCreateManyInput[];
  pillars: Prisma.InitiativePillarCreateManyInput[];
  partners: Prisma.InitiativePartnerCreateManyInput[];
};

function weighted<T>(r: Rng, options: [T, number][]): T {
  let x = r.next() * options.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of options) if ((x -= w) < 0) return v;
  return options[options.length - 1]![0];
}

const STATUS: [InitiativeStatus, number][] = [["IDEA", 7], ["PLANNED", 12], ["RUNNING", 48], ["STRUCTURAL", 23], ["STOPPED", 10]];
const VISIBILITY: [Visibility, number][] = [["PRIVATE", 3], ["GIDS_NETWORK", 4], ["PUBLIC", 3]];
const LEVEL: [MonitoringLevel, number][] = [["ACTIVITIES", 6], ["PROCESS", 2], ["HEALTH_EFFECTS", 2]];
const EXTRA_FUNDING: [FundingSource, number][] = [["MUNICIPAL_BUDGET", 0.5], ["OTHER_NATIONAL_SCHEMES", 0.3], ["FUNDS", 0.2], ["PRIVATE", 0.08]];

/** A generic initiative from a template, filled in for this municipality. */
function fromTemplate(m: GidsMunicipality, approachTracks: Set<TrackCode>, used: Set<number>, r: Rng): InitiativeExample {
  const ranked = TEMPLATES.map((tpl, i) => ({ i, s: (approachTracks.has(tpl.tracks[0]!) ? 1 : 0) + r.next() })).filter((x) => !used.has(x.i));
  const { i } = ranked.sort((a, b) => b.s - a.s)[0]!;
  used.add(i);
  const tpl = TEMPLATES[i]!;
  const wijk = r.pick(NEIGHBOURHOODS);
  const fill = (s: string) => s.replaceAll("{wijk}", wijk).replaceAll("{gemeente}", m.name);
  const status = weighted(r, STATUS);
  const big = sizeScore(m.population);
  return {
    ...tpl,
    title: fill(tpl.title),
    description: fill(tpl.description),
    status,
    startDate: status === "IDEA" ? "" : status === "PLANNED" ? `2027-0${r.int(1, 6)}-01` : `${r.int(2016, 2026 - (status === "STOPPED" ? 2 : 0))}-${String(r.int(1, 9)).padStart(2, "0")}-01`,
    neighbourhoods: tpl.title.includes("{wijk}") ? [wijk] : r.chance(0.3) ? [r.pick(NEIGHBOURHOODS)] : [],
    budgetEuro: r.chance(0.8) ? Math.round((2000 + r.next() * (40000 + 210000 * big)) / 500) * 500 : null,
    residentsReached: status === "IDEA" || status === "PLANNED" || r.chance(0.3) ? null : r.int(20, 200 + Math.round(4000 * big)),
    partners: tpl.partners.map((type) => [type, r.pick(partnerNames(type, m.name, m.ggdName, wijk))]),
  };
}

function addInitiative(rows: Rows, m: GidsMunicipality, i: number, e: InitiativeExample, users: DemoUsers, r: Rng): void {
  const id = seedId("initiative", m.code, i);
  const start = e.startDate ? day(e.startDate) : null;
  // Stopped: ended before today; running: some have a planned end, always after today.
  const lastDay = addDays(REFERENCE_DATE, -30);
  const stopped = start && e.status === "STOPPED" ? addDays(start, r.int(365, 1100)) : null;
  const planned = start && e.status === "RUNNING" && r.chance(0.4) ? addDays(REFERENCE_DATE, r.int(60, 900)) : null;
  const end = stopped ? (stopped > lastDay ? lastDay : stopped) : planned;
  const createdAt = addDays(day("2025-01-15"), r.int(0, 480));
  const updatedAt = addDays(createdAt, r.int(0, Math.max(0, Math.floor((REFERENCE_DATE.getTime() - createdAt.getTime()) / 86_400_000) - 1)));
  const servant = users.servantOf.get(m.code)!;
  const funding: FundingSource[] = [...(r.chance(0.85) ? (["GIDS"] as FundingSource[]) : []), ...EXTRA_FUNDING.filter(([, p]) => r.chance(p)).map(([f]) => f)];
  rows.initiatives.push({
    id,
    municipalityCode: m.code,
    title: e.title,
    description: e.description,
    status: e.status,
    startDate: start,
    endDate: end,
    targetGroups: e.targetGroups,
    neighbourhoods: e.neighbourhoods,
    programmes: e.programmes,
    budgetCents: e.budgetEuro === null ? null : BigInt(e.budgetEuro) * 100n,
    fundingSources: funding.length ? funding : ["GIDS"],
    residentsReached: e.residentsReached,
    lowSesReached: e.residentsReached === null ? null : Math.floor(e.residentsReached * (0.3 + 0.5 * r.next())),
    monitoringLevel: r.chance(0.55) ? weighted(r, LEVEL) : null,
    visibility: EXAMPLES[m.name] ? "PUBLIC" : e.status === "IDEA" ? "PRIVATE" : weighted(r, VISIBILITY),
    archivedAt: e.status === "STOPPED" && end && r.chance(0.3) ? addDays(end, 30) : null,
    createdById: servant,
    updatedById: servant,
    version: r.int(1, 4),
    createdAt,
    updatedAt,
  });
  for (const trackCode of e.tracks) rows.tracks.push({ initiativeId: id, trackCode });
  for (const pillarNumber of e.pillars) rows.pillars.push({ initiativeId: id, pillarNumber });
  e.partners.forEach(([type, name], j) => rows.partners.push({ id: seedId("initiative_partner", id, j), initiativeId: id, type, name, sortOrder: j }));
}

export async function seedInitiatives(tx: Prisma.TransactionClient, ctx: DemoContext, users: DemoUsers): Promise<number> {
  const rows: Rows = { initiatives: [], tracks: [], pillars: [], partners: [] };
  for (const m of ctx.gids) {
    const r = rng(`initiatives:${m.code}`);
    const examples = EXAMPLES[m.name] ?? [];
    const count = Math.max(examples.length + 2, Math.min(12, 3 + Math.floor(sizeScore(m.population) * 6 + r.next() * 4)));
    const tracks = ctx.open2026.get(m.code)!.get("approach.tracks");
    const approachTracks = new Set((tracks && "choices" in tracks ? tracks.choices : []) as TrackCode[]);
    const used = new Set<number>();
    for (let i = 0; i < count; i++) {
      const e = examples[i] ?? fromTemplate(m, approachTracks, used, r);
      addInitiative(rows, m, i, e, users, r);
    }
  }
  // Skip if present: initiatives that already exist keep their (possibly edited) tracks, pillars and partners.
  const existing = await tx.initiative.findMany({ where: { id: { in: rows.initiatives.map((x) => x.id!) } }, select: { id: true } });
  const taken = new Set(existing.map((e) => e.id));
  const fresh = (id: string) => !taken.has(id);
  await tx.initiative.createMany({ data: rows.initiatives.filter((x) => fresh(x.id!)) });
  await tx.initiativeTrack.createMany({ data: rows.tracks.filter((x) => fresh(x.initiativeId)) });
  await tx.initiativePillar.createMany({ data: rows.pillars.filter((x) => fresh(x.initiativeId)) });
  await tx.initiativePartner.createMany({ data: rows.partners.filter((x) => fresh(x.initiativeId)) });
  return rows.initiatives.length - taken.size;
}
