// A small, hand-made survey round (2023) on the reference data, so the aggregates can be checked against
// figures computed by hand (see the expectations in dashboards-aggregates.test.ts).
//
//   Noord-Brabant (PV30): 7 GIDS municipalities B1–B7; B1–B6 submitted or accepted, B7 only a draft.
//   Flevoland (PV24):     2 GIDS municipalities F1–F2, both submitted.
//   Utrecht (PV26):       N1, not a GIDS municipality, submitted anyway.
//
//   residents.low_ses_involved  yes: B1 B2 B3 B4 F1 F2 (and the draft B7)   no: B5 B6 N1
//   approach.tracks             B1 PHYS+SOC, B2 PHYS, B3 PHYS, B4 SOC, B5 none, B6 not answered, F1 PHYS, F2 none
//   support.integrated_approach B1 STRONG, B2 HELPED, B3 NOT, B4 HELPED, B5 HELPED, B6 STRONG, F1 HELPED
import { db } from "@/lib/db";

export const YEAR = 2023;

type Answer = { bool?: boolean; choices?: string[] };
type Resp = { code: string; status: "SUBMITTED" | "ACCEPTED" | "DRAFT"; answers: Record<string, Answer> };

async function codes(province: string, n: number, skip = 0): Promise<string[]> {
  const rows = await db.municipality.findMany({ where: { provinceCode: province }, select: { code: true }, orderBy: { code: "asc" }, skip, take: n });
  return rows.map((r) => r.code);
}

export async function createFixture(): Promise<{ B: string[]; F: string[]; N: string; other: string }> {
  const B = await codes("PV30", 7);
  const F = await codes("PV24", 2);
  const [N] = await codes("PV26", 1);
  const [other] = await codes("PV26", 1, 1);
  await db.municipality.updateMany({ data: { isGids: false } });
  await db.municipality.updateMany({ where: { code: { in: [...B, ...F] } }, data: { isGids: true, gidsSince: 2014 } });
  const round = await db.surveyRound.create({ data: { year: YEAR, opensAt: new Date("2023-03-01"), closesAt: new Date("2023-06-01"), status: "CLOSED" } });
  const keys = ["approach.tracks", "support.integrated_approach", "residents.low_ses_involved", "reflection.proud_of"];
  await db.roundQuestion.createMany({ data: keys.map((questionKey, sortOrder) => ({ roundId: round.id, questionKey, sortOrder })) });

  const yes = { bool: true };
  const no = { bool: false };
  const t = (...choices: string[]) => ({ choices });
  const l = (level: string) => ({ choices: [level] });
  const responses: Resp[] = [
    { code: B[0]!, status: "ACCEPTED", answers: { "residents.low_ses_involved": yes, "approach.tracks": t("PHYSICAL_ENVIRONMENT", "SOCIAL_ENVIRONMENT"), "support.integrated_approach": l("STRONGLY_HELPED") } },
    { code: B[1]!, status: "SUBMITTED", answers: { "residents.low_ses_involved": yes, "approach.tracks": t("PHYSICAL_ENVIRONMENT"), "support.integrated_approach": l("HELPED") } },
    { code: B[2]!, status: "ACCEPTED", answers: { "residents.low_ses_involved": yes, "approach.tracks": t("PHYSICAL_ENVIRONMENT"), "support.integrated_approach": l("NOT_HELPED") } },
    { code: B[3]!, status: "ACCEPTED", answers: { "residents.low_ses_involved": yes, "approach.tracks": t("SOCIAL_ENVIRONMENT"), "support.integrated_approach": l("HELPED") } },
    { code: B[4]!, status: "ACCEPTED", answers: { "residents.low_ses_involved": no, "approach.tracks": t(), "support.integrated_approach": l("HELPED") } },
    { code: B[5]!, status: "SUBMITTED", answers: { "residents.low_ses_involved": no, "support.integrated_approach": l("STRONGLY_HELPED") } },
    { code: B[6]!, status: "DRAFT", answers: { "residents.low_ses_involved": yes, "approach.tracks": t("PHYSICAL_ENVIRONMENT") } },
    { code: F[0]!, status: "SUBMITTED", answers: { "residents.low_ses_involved": yes, "approach.tracks": t("PHYSICAL_ENVIRONMENT"), "support.integrated_approach": l("HELPED") } },
    { code: F[1]!, status: "ACCEPTED", answers: { "residents.low_ses_involved": yes, "approach.tracks": t() } },
    { code: N!, status: "SUBMITTED", answers: { "residents.low_ses_involved": no } },
  ];
  for (const r of responses) {
    const resp = await db.surveyResponse.create({ data: { roundId: round.id, municipalityCode: r.code, status: r.status } });
    for (const [questionKey, a] of Object.entries(r.answers)) {
      const answer = await db.answer.create({ data: { responseId: resp.id, questionKey, valueBool: a.bool ?? null } });
      if (a.choices?.length) await db.answerChoice.createMany({ data: a.choices.map((optionKey) => ({ answerId: answer.id, questionKey, optionKey })) });
    }
  }
  return { B, F, N: N!, other: other! };
}
