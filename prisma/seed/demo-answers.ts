// Questionnaire responses: the closed rounds (2015, 2019, 2021) exactly as planned by the calibration,
// and the open 2026 round in every state of the workflow.
import type { Prisma, ResponseStatus } from "../../lib/generated/prisma/client";
import { rank } from "./calibration";
import { CLOSED_ROUNDS, type DemoContext } from "./demo-context";
import type { DemoUsers } from "./demo-users";
import { ROUND_DATES } from "./reference";
import type { AnswerValue } from "./survey-plan";
import { addDays, day, rng, seedId } from "./util";

type Rows = { responses: Prisma.SurveyResponseCreateManyInput[]; answers: Prisma.AnswerCreateManyInput[]; choices: Prisma.AnswerChoiceCreateManyInput[]; comments: Prisma.ReviewCommentCreateManyInput[] };

const hours = (d: Date, h: number) => new Date(d.getTime() + h * 3_600_000);

function addAnswers(rows: Rows, responseId: string, answers: [string, AnswerValue][], updatedAt: Date, prefilled = false): void {
  for (const [questionKey, v] of answers) {
    const id = seedId("answer", responseId, questionKey);
    rows.answers.push({
      id,
      responseId,
      questionKey,
      valueBool: "bool" in v ? v.bool : null,
      valueText: "text" in v ? v.text : null,
      prefilled,
      updatedAt,
    });
    if ("choices" in v) for (const optionKey of v.choices) rows.choices.push({ answerId: id, questionKey, optionKey });
  }
}

function closedRounds(ctx: DemoContext, roundIds: Map<number, string>, rows: Rows): void {
  for (const year of CLOSED_ROUNDS) {
    const { plan } = ctx.closed.get(year)!;
    const opens = day(ROUND_DATES[year]!.opensAt);
    for (const [code, answers] of plan) {
      const r = rng(`response:${year}:${code}`);
      const submittedAt = hours(addDays(opens, r.int(3, 80)), r.int(8, 17));
      const reviewedAt = hours(addDays(submittedAt, r.int(2, 20)), 1);
      const id = seedId("survey_response", year, code);
      rows.responses.push({ id, roundId: roundIds.get(year)!, municipalityCode: code, status: "ACCEPTED", submittedAt, reviewedAt, createdAt: addDays(submittedAt, -r.int(1, 10)), updatedAt: reviewedAt, version: 3 });
      addAnswers(rows, id, [...answers], submittedAt);
    }
  }
}

export type OpenStatus = ResponseStatus | "NONE";
/** Counts of the 2026 states besides the fixed ones (Helmond submitted, Emmen draft, Utrecht not started). */
const OPEN_MIX: [OpenStatus, number][] = [["ACCEPTED", 14], ["SUBMITTED", 33], ["RETURNED", 2], ["DRAFT", 45], ["NOT_STARTED", 10]];

/** Where each GIDS municipality stands in the open round ("NONE": no response row yet). */
export function openRoundStatuses(ctx: DemoContext): Map<string, OpenStatus> {
  const fixed = new Map<string, OpenStatus>([
    [ctx.byName("Helmond").code, "SUBMITTED"],
    [ctx.byName("Emmen").code, "DRAFT"],
    [ctx.byName("Utrecht").code, "NONE"],
  ]);
  const out = new Map(fixed);
  const ordered = rank(ctx.gids.filter((m) => !fixed.has(m.code)), "2026:status", 0.2);
  let i = 0;
  for (const [status, n] of OPEN_MIX) for (let j = 0; j < n; j++) out.set(ordered[i++]!.code, status);
  for (; i < ordered.length; i++) out.set(ordered[i]!.code, "NONE");
  return out;
}

const RETURN_NOTES = [
  { questionKey: "monitoring.levels", body: "U geeft aan dat u gezondheidseffecten monitort. Kunt u kort toelichten met welke gegevens (bijvoorbeeld de GGD-gezondheidsmonitor)?" },
  { questionKey: null, body: "Dank voor het invullen! Bij de financiering mis ik de aanvulling uit de gemeentelijke begroting die we tijdens het werkbezoek bespraken. Wilt u dat nog aanpassen?" },
];

function openRound(ctx: DemoContext, users: DemoUsers, roundId: string, rows: Rows): void {
  const responded2021 = ctx.closed.get(2021)!.respondents;
  for (const [code, status] of openRoundStatuses(ctx)) {
    if (status === "NONE") continue;
    const r = rng(`response:2026:${code}`);
    const id = seedId("survey_response", 2026, code);
    const started = hours(addDays(day("2026-10-01"), r.int(1, 30)), r.int(8, 16));
    const answers = [...ctx.open2026.get(code)!];
    const submitted = status === "SUBMITTED" || status === "ACCEPTED" || status === "RETURNED";
    const submittedAt = submitted ? hours(addDays(started, r.int(1, 20)), 2) : null;
    const reviewed = status === "ACCEPTED" || status === "RETURNED";
    const reviewedAt = reviewed && submittedAt ? hours(addDays(submittedAt, r.int(1, 3)), 1) : null;
    const updatedAt = reviewedAt ?? submittedAt ?? (status === "DRAFT" ? hours(addDays(started, r.int(0, 20)), 3) : started);
    rows.responses.push({
      id,
      roundId,
      municipalityCode: code,
      status: status as ResponseStatus,
      submittedAt,
      submittedById: submitted ? users.servantOf.get(code)! : null,
      reviewedAt,
      reviewedById: reviewed ? users.adviserOf.get(code)! : null,
      createdAt: started,
      updatedAt,
      version: status === "NOT_STARTED" ? 1 : r.int(2, 9),
    });
    if (status === "NOT_STARTED") continue;
    if (status === "DRAFT") {
      const k = ctx.byName("Emmen").code === code ? 7 : r.int(3, 11);
      addAnswers(rows, id, answers.slice(0, k), updatedAt, responded2021.has(code) && r.chance(0.5));
    } else addAnswers(rows, id, answers, submittedAt!);
    if (status === "RETURNED") {
      RETURN_NOTES.forEach((note, i) => rows.comments.push({ id: seedId("review_comment", id, i), responseId: id, authorId: users.adviserOf.get(code)!, questionKey: note.questionKey, body: note.body, createdAt: reviewedAt! }));
    }
  }
}

export async function seedAnswers(tx: Prisma.TransactionClient, ctx: DemoContext, users: DemoUsers): Promise<number> {
  const rounds = await tx.surveyRound.findMany({ select: { id: true, year: true } });
  const roundIds = new Map(rounds.map((r) => [r.year, r.id]));
  const rows: Rows = { responses: [], answers: [], choices: [], comments: [] };
  closedRounds(ctx, roundIds, rows);
  openRound(ctx, users, roundIds.get(2026)!, rows);
  // Skip if present: a response that already exists (seeded earlier or made in the app) is left alone, with its answers.
  const existing = await tx.surveyResponse.findMany({ where: { roundId: { in: [...roundIds.values()] } }, select: { roundId: true, municipalityCode: true } });
  const taken = new Set(existing.map((e) => `${e.roundId}:${e.municipalityCode}`));
  const fresh = new Set(rows.responses.filter((x) => !taken.has(`${x.roundId}:${x.municipalityCode}`)).map((x) => x.id!));
  const answers = rows.answers.filter((a) => fresh.has(a.responseId));
  const answerIds = new Set(answers.map((a) => a.id!));
  await tx.surveyResponse.createMany({ data: rows.responses.filter((x) => fresh.has(x.id!)) });
  await tx.answer.createMany({ data: answers });
  await tx.answerChoice.createMany({ data: rows.choices.filter((c) => answerIds.has(c.answerId)) });
  await tx.reviewComment.createMany({ data: rows.comments.filter((c) => fresh.has(c.responseId)) });
  return fresh.size;
}
