// Reference data, always seeded: regions, municipalities, tracks, pillars, the question bank and the rounds.
// Every insert is "skip if present" (createMany + skipDuplicates on fixed keys), so a rerun changes nothing.
import type { Prisma, QuestionType } from "../../lib/generated/prisma/client";
import { TRACKS, PILLARS } from "./catalog";
import { CONDITIONS, MAY_BE_EMPTY, OPEN_ROUND, ROUND_YEARS, loadGemeenten, loadQuestionBank, optionsOf, type BankQuestion } from "./sources";
import { REFERENCE_TIMESTAMP, day, seedId, slugify } from "./util";

type Tx = Prisma.TransactionClient;

const TYPE: Record<BankQuestion["type"], QuestionType> = {
  boolean: "BOOLEAN",
  single: "SINGLE",
  multi: "MULTI",
  likert_help: "LIKERT_HELP",
  text: "TEXT",
};

/** Opening and closing dates of the rounds (closed rounds: plausible dates in that year). */
export const ROUND_DATES: Record<number, { opensAt: string; closesAt: string }> = {
  2015: { opensAt: "2015-09-01", closesAt: "2015-12-01" },
  2019: { opensAt: "2019-09-02", closesAt: "2019-12-02" },
  2021: { opensAt: "2021-03-01", closesAt: "2021-06-01" },
  2026: { opensAt: "2026-10-01", closesAt: "2027-03-01" },
};

export const roundId = (year: number) => seedId("survey_round", year);

export function municipalityRows() {
  const rows = loadGemeenten().map((g) => ({
    code: g.gemeentecode,
    name: g.gemeentenaam,
    slug: slugify(g.gemeentenaam),
    provinceCode: g.provinciecode,
    ggdRegionCode: g.ggdregiocode,
    population: g.inwoners,
    populationDate: day("2026-01-01"),
    sizeClass: g.grootteklasse,
    createdAt: REFERENCE_TIMESTAMP,
    updatedAt: REFERENCE_TIMESTAMP,
  }));
  const slugs = new Set(rows.map((r) => r.slug));
  if (slugs.size !== rows.length) throw new Error("municipality slugs are not unique");
  return rows;
}

async function seedRegions(tx: Tx): Promise<void> {
  const gemeenten = loadGemeenten();
  const provinces = new Map(gemeenten.map((g) => [g.provinciecode, g.provincienaam]));
  await tx.province.createMany({ data: [...provinces].map(([code, name]) => ({ code, name })), skipDuplicates: true });
  // A GGD region lies within one province in this file; take the province of its first municipality.
  const regions = new Map<string, { code: string; name: string; provinceCode: string }>();
  for (const g of gemeenten) {
    if (!regions.has(g.ggdregiocode)) regions.set(g.ggdregiocode, { code: g.ggdregiocode, name: g.ggdregionaam, provinceCode: g.provinciecode });
  }
  await tx.ggdRegion.createMany({ data: [...regions.values()], skipDuplicates: true });
  await tx.municipality.createMany({ data: municipalityRows(), skipDuplicates: true });
}

async function seedCatalog(tx: Tx): Promise<void> {
  await tx.track.createMany({ data: TRACKS.map((t, i) => ({ ...t, sortOrder: i + 1 })), skipDuplicates: true });
  await tx.pillar.createMany({ data: PILLARS, skipDuplicates: true });
}

async function seedQuestionBank(tx: Tx): Promise<void> {
  const bank = loadQuestionBank();
  await tx.questionSection.createMany({
    data: bank.sections.map((s, i) => ({ key: s.key, sortOrder: i + 1, nameNl: s.nl, nameEn: s.en })),
    skipDuplicates: true,
  });
  const questions = bank.questions.map((q, i) => ({
    key: q.key,
    sectionKey: q.section,
    type: TYPE[q.type],
    sortOrder: i + 1,
    textNl: q.nl,
    textEn: q.en,
    required: q.type !== "text" && !MAY_BE_EMPTY.has(q.key),
    createdAt: REFERENCE_TIMESTAMP,
    updatedAt: REFERENCE_TIMESTAMP,
  }));
  // Conditions point at other questions: insert all questions first, then set condition_key where unset.
  await tx.question.createMany({ data: questions, skipDuplicates: true });
  for (const [key, conditionKey] of Object.entries(CONDITIONS)) {
    await tx.question.updateMany({ where: { key, conditionKey: null }, data: { conditionKey, updatedAt: REFERENCE_TIMESTAMP } });
  }
  await tx.questionOption.createMany({
    data: bank.questions.flatMap((q) =>
      optionsOf(q).map((o, i) => ({ questionKey: q.key, key: o.key, sortOrder: i + 1, textNl: o.nl, textEn: o.en })),
    ),
    skipDuplicates: true,
  });
}

async function seedRounds(tx: Tx): Promise<void> {
  const bank = loadQuestionBank();
  await tx.surveyRound.createMany({
    data: ROUND_YEARS.map((year) => ({
      id: roundId(year),
      year,
      opensAt: day(ROUND_DATES[year]!.opensAt),
      closesAt: day(ROUND_DATES[year]!.closesAt),
      status: year === OPEN_ROUND ? ("OPEN" as const) : ("CLOSED" as const),
      createdAt: REFERENCE_TIMESTAMP,
      updatedAt: REFERENCE_TIMESTAMP,
    })),
    skipDuplicates: true,
  });
  // Link by the round actually stored for that year (an existing round keeps its own id).
  const rounds = await tx.surveyRound.findMany({ where: { year: { in: [...ROUND_YEARS] } }, select: { id: true, year: true } });
  await tx.roundQuestion.createMany({
    data: rounds.flatMap((r) =>
      bank.questions
        .map((q, i) => ({ q, sortOrder: i + 1 }))
        .filter(({ q }) => r.year === OPEN_ROUND || q.rounds.includes(r.year))
        .map(({ q, sortOrder }) => ({ roundId: r.id, questionKey: q.key, sortOrder })),
    ),
    skipDuplicates: true,
  });
}

export async function seedReference(tx: Tx, log: (m: string) => void): Promise<void> {
  await seedRegions(tx);
  await seedCatalog(tx);
  await seedQuestionBank(tx);
  await seedRounds(tx);
  log("reference data: 12 provinces, 25 GGD regions, 342 municipalities, 5 tracks, 8 pillars, question bank, 4 rounds");
}
