"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formToObject, runAction } from "@/lib/actions/run";
import { DomainError, type ActionState } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import { SURVEY_WRITE } from "@/lib/cache/tags";
import type { Viewer } from "@/lib/auth/viewer-types";
import { assertTransition, claimRound, inBankOrder, isoDay, replaceRoundQuestions } from "./round-mutations";
import { CreateRoundSchema, RoundQuestionsSchema, RoundStatusSchema, UpdateRoundSchema } from "./schemas";

// Survey rounds (admin): create, edit dates, choose questions, open and close. Every action runs through
// runAction (origin → viewer → zod → manage:survey-admin → transaction + audit → revalidate).

const isAdmin = (v: Viewer) => can(v.role, "manage", "survey-admin");
// Opening or closing a round, or changing its questions, changes what the national pages show.
const refresh = async (year?: number) => {
  revalidatePath("/beheer/vragenlijsten");
  if (year) revalidatePath(`/beheer/vragenlijsten/${year}`, "layout");
};

export async function createRound(_prev: ActionState<{ year: number }>, form: FormData): Promise<ActionState<{ year: number }>> {
  const state = await runAction({
    name: "surveyRound.create",
    schema: CreateRoundSchema,
    input: formToObject(form),
    authorize: isAdmin,
    run: async ({ tx, data, audit }) => {
      if (await tx.surveyRound.count({ where: { year: data.year } })) throw new DomainError("errors.invalid", { year: ["surveyAdmin.validation.yearTaken"] });
      const round = await tx.surveyRound.create({ data: { year: data.year, opensAt: isoDay(data.opensAt), closesAt: isoDay(data.closesAt) }, select: { id: true } });
      // A new round starts with the questions of the latest earlier round: most years ask the same.
      const previous = await tx.surveyRound.findFirst({ where: { year: { lt: data.year } }, orderBy: { year: "desc" }, select: { questions: { select: { questionKey: true } } } });
      const keys = previous ? await inBankOrder(tx, previous.questions.map((q) => q.questionKey)) : [];
      await tx.roundQuestion.createMany({ data: keys.map((questionKey, i) => ({ roundId: round.id, questionKey, sortOrder: i + 1 })) });
      await audit({ action: "surveyRound.create", entity: "survey_round", entityId: round.id, after: { ...data, status: "DRAFT", questions: keys } });
      return { year: data.year };
    },
    tags: SURVEY_WRITE,
    after: (d) => refresh(d.year),
  });
  if (state?.ok && state.data) redirect(`/beheer/vragenlijsten/${state.data.year}`);
  return state;
}

export async function updateRound(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction({
    name: "surveyRound.update",
    schema: UpdateRoundSchema,
    input: formToObject(form),
    authorize: isAdmin,
    run: async ({ tx, data, audit }) => {
      const before = await claimRound(tx, data.id, data.version);
      if (before.status === "CLOSED") throw new DomainError("surveyAdmin.errors.roundClosed");
      await tx.surveyRound.update({ where: { id: data.id }, data: { opensAt: isoDay(data.opensAt), closesAt: isoDay(data.closesAt) } });
      await audit({
        action: "surveyRound.update",
        entity: "survey_round",
        entityId: data.id,
        before: { opensAt: before.opensAt, closesAt: before.closesAt },
        after: { opensAt: data.opensAt, closesAt: data.closesAt },
      });
      return before.year;
    },
    tags: SURVEY_WRITE,
    after: (_d, year) => refresh(year),
  });
}

export async function setRoundQuestions(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction({
    name: "surveyRound.setQuestions",
    schema: RoundQuestionsSchema,
    input: { ...formToObject(form), questions: form.getAll("questions") },
    authorize: isAdmin,
    run: async ({ tx, data, audit }) => {
      const before = await claimRound(tx, data.id, data.version);
      if (before.status === "CLOSED") throw new DomainError("surveyAdmin.errors.roundClosed");
      const after = await replaceRoundQuestions(tx, before, data.questions);
      await audit({ action: "surveyRound.setQuestions", entity: "survey_round", entityId: data.id, before: { questions: before.questionKeys }, after: { questions: after } });
      return before.year;
    },
    tags: SURVEY_WRITE,
    after: (_d, year) => refresh(year),
  });
}

export async function setRoundStatus(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction({
    name: "surveyRound.setStatus",
    schema: RoundStatusSchema,
    input: formToObject(form),
    authorize: isAdmin,
    run: async ({ tx, data, audit }) => {
      const before = await claimRound(tx, data.id, data.version);
      await assertTransition(tx, before, data.status);
      await tx.surveyRound.update({ where: { id: data.id }, data: { status: data.status } });
      await audit({ action: "surveyRound.setStatus", entity: "survey_round", entityId: data.id, before: { status: before.status }, after: { status: data.status } });
      return before.year;
    },
    tags: SURVEY_WRITE,
    after: (_d, year) => refresh(year),
  });
}
