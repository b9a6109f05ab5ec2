// The local approach per GIDS municipality for 2021 and 2026 (and for some 2019), taken from that
// year's (planned) questionnaire answers so the approach and the questionnaire tell the same story.
import type { AnchoringMethod, ApproachStage, FundingSource, MonitoringLevel, PillarAssessment, Prisma, ResidentMethod, TrackCode } from "../../lib/generated/prisma/client";
import { TRACKS, PILLARS } from "./catalog";
import type { DemoContext, GidsMunicipality } from "./demo-context";
import type { DemoUsers } from "./demo-users";
import { EXAMPLE_STORIES, PILLAR_NOTES, STAGE_NL, STORY_ENDINGS, TRACK_TEXTS } from "./demo-texts";
import type { AnswerValue } from "./survey-plan";
import { REFERENCE_DATE, addDays, day, rng, seedId, type Rng } from "./util";

type Rows = { approaches: Prisma.ApproachCreateManyInput[]; tracks: Prisma.ApproachTrackCreateManyInput[]; pillars: Prisma.ApproachPillarCreateManyInput[] };
const STAGES: ApproachStage[] = ["AGENDA", "POLICY", "PROGRAMMES", "INTEGRATED"];

const choices = (a: Map<string, AnswerValue>, key: string): string[] => {
  const v = a.get(key);
  return v && "choices" in v ? v.choices : [];
};
const bool = (a: Map<string, AnswerValue>, key: string): boolean | null => {
  const v = a.get(key);
  return v && "bool" in v ? v.bool : null;
};

/** When the approach was created and last updated; about one in five 2026 approaches is over six months stale. */
function timestamps(year: number, r: Rng): { createdAt: Date; updatedAt: Date } {
  if (year === 2026) {
    const back = r.chance(0.2) ? r.int(190, 340) : r.int(2, 170);
    return { createdAt: addDays(day("2025-12-01"), r.int(0, 15)), updatedAt: new Date(addDays(REFERENCE_DATE, -back).getTime() + r.int(8, 17) * 3_600_000) };
  }
  return { createdAt: addDays(day(`${year}-02-01`), r.int(0, 25)), updatedAt: addDays(day(`${year}-03-01`), r.int(0, 250)) };
}

function story(m: GidsMunicipality, year: number, stage: ApproachStage | null, tracks: TrackCode[], r: Rng): string {
  if (year === 2026 && EXAMPLE_STORIES[m.name]) return EXAMPLE_STORIES[m.name]!;
  const mainCode = r.pick<TrackCode>(tracks.length ? tracks : ["SOCIAL_ENVIRONMENT"]);
  const main = TRACKS.find((t) => t.code === mainCode)!;
  return [
    `In ${m.name} ${STAGE_NL[stage ?? "POLICY"]}.`,
    `De aanpak raakt aan ${tracks.length} van de vijf sporen, met de nadruk op ${main.nameNl.toLowerCase()}.`,
    r.pick(STORY_ENDINGS),
  ].join(" ");
}

function addApproach(rows: Rows, m: GidsMunicipality, year: number, a: Map<string, AnswerValue>, users: DemoUsers): void {
  const r = rng(`approach:${year}:${m.code}`);
  const id = seedId("approach", m.code, year);
  const stage = (choices(a, "approach.stage")[0] as ApproachStage | undefined) ?? null;
  const tracks = choices(a, "approach.tracks") as TrackCode[];
  const { createdAt, updatedAt } = timestamps(year, r);
  const prev = users.previousOf.get(m.code);
  const updatedById = year !== 2026 ? null : prev && updatedAt < prev.leftOn ? prev.userId : users.servantOf.get(m.code)!;
  rows.approaches.push({
    id,
    municipalityCode: m.code,
    year,
    stage,
    lowSesInvolved: bool(a, "residents.low_ses_involved"),
    residentMethods: choices(a, "residents.methods") as ResidentMethod[],
    monitoringAttention: bool(a, "monitoring.attention"),
    monitoringLevels: choices(a, "monitoring.levels") as MonitoringLevel[],
    anchoringAttention: bool(a, "anchoring.attention"),
    anchoringMethods: choices(a, "anchoring.methods") as AnchoringMethod[],
    fundingSources: ["GIDS", ...(choices(a, "funding.supplements") as FundingSource[])],
    story: story(m, year, stage, tracks, r),
    updatedById,
    version: r.int(1, 6),
    createdAt,
    updatedAt,
  });
  for (const trackCode of tracks) rows.tracks.push({ approachId: id, trackCode, text: r.pick(TRACK_TEXTS[trackCode]) });
  const level = stage ? STAGES.indexOf(stage) : 1;
  for (const p of PILLARS) {
    const score = 0.15 * level + 0.55 * r.next() + (p.number <= 5 ? 0.1 : -0.05) + (year === 2026 ? 0.05 : 0);
    const assessment: PillarAssessment = score >= 0.65 ? "DOING_WELL" : score >= 0.3 ? "COULD_DO_MORE" : "NOT_STARTED";
    rows.pillars.push({ approachId: id, pillarNumber: p.number, assessment, note: r.chance(0.6) ? r.pick(PILLAR_NOTES[assessment]) : "" });
  }
}

export async function seedApproaches(tx: Prisma.TransactionClient, ctx: DemoContext, users: DemoUsers): Promise<number> {
  const rows: Rows = { approaches: [], tracks: [], pillars: [] };
  const c2019 = ctx.closed.get(2019)!;
  const c2021 = ctx.closed.get(2021)!;
  for (const m of ctx.gids) {
    if (c2019.respondents.has(m.code) && rng(`approach2019:${m.code}`).chance(0.45)) addApproach(rows, m, 2019, c2019.plan.get(m.code)!, users);
    addApproach(rows, m, 2021, (c2021.plan.get(m.code) ?? ctx.nonRespondents2021.get(m.code))!, users);
    addApproach(rows, m, 2026, ctx.open2026.get(m.code)!, users);
  }
  // Skip if present: an approach already logged for that municipality and year is left alone.
  const existing = await tx.approach.findMany({ where: { municipalityCode: { in: ctx.gids.map((m) => m.code) } }, select: { municipalityCode: true, year: true } });
  const taken = new Set(existing.map((e) => `${e.municipalityCode}:${e.year}`));
  const fresh = new Set(rows.approaches.filter((x) => !taken.has(`${x.municipalityCode}:${x.year}`)).map((x) => x.id!));
  await tx.approach.createMany({ data: rows.approaches.filter((x) => fresh.has(x.id!)) });
  await tx.approachTrack.createMany({ data: rows.tracks.filter((x) => fresh.has(x.approachId)) });
  await tx.approachPillar.createMany({ data: rows.pillars.filter((x) => fresh.has(x.approachId)) });
  return fresh.size;
}
