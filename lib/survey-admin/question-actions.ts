"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formToObject, runAction } from "@/lib/actions/run";
import { DomainError, type ActionState } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import { REFERENCE_WRITE } from "@/lib/cache/tags";
import type { Viewer } from "@/lib/auth/viewer-types";
import { assertDeletable, assertSectionAndCondition, claimQuestion, optionsForType, writeOptions } from "./question-mutations";
import { CreateQuestionSchema, DeleteQuestionSchema, UpdateQuestionSchema, optionsFromForm } from "./schemas";

// The question bank (admin): add, edit (wording, section, order, options), delete while unused.

const isAdmin = (v: Viewer) => can(v.role, "manage", "survey-admin");
// Question and option texts label the national charts and exports.
const refresh = async () => {
  revalidatePath("/beheer/vragenbank", "layout");
};
const input = (form: FormData) => {
  const raw = formToObject(form);
  return { ...raw, options: optionsFromForm(raw) };
};

export async function createQuestion(_prev: ActionState<{ key: string }>, form: FormData): Promise<ActionState<{ key: string }>> {
  const state = await runAction({
    name: "question.create",
    schema: CreateQuestionSchema,
    input: input(form),
    authorize: isAdmin,
    run: async ({ tx, data, audit }) => {
      if (await tx.question.count({ where: { key: data.key } })) throw new DomainError("errors.invalid", { key: ["surveyAdmin.validation.keyTaken"] });
      await assertSectionAndCondition(tx, data.sectionKey, data.conditionKey, data.key);
      const options = optionsForType(data.type, data.options);
      const { options: _o, ...fields } = data;
      await tx.question.create({ data: { ...fields, conditionKey: data.conditionKey ?? null } });
      await tx.questionOption.createMany({ data: options.map((o, i) => ({ questionKey: data.key, ...o, sortOrder: i + 1 })) });
      await audit({ action: "question.create", entity: "question", entityId: data.key, after: { ...fields, options } });
      return { key: data.key };
    },
    tags: REFERENCE_WRITE,
    after: refresh,
  });
  if (state?.ok && state.data) redirect(`/beheer/vragenbank/${encodeURIComponent(state.data.key)}`);
  return state;
}

export async function updateQuestion(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction({
    name: "question.update",
    schema: UpdateQuestionSchema,
    input: input(form),
    authorize: isAdmin,
    run: async ({ tx, data, audit }) => {
      const before = await claimQuestion(tx, data.key, data.version);
      await assertSectionAndCondition(tx, data.sectionKey, data.conditionKey, data.key);
      const options = before.type === "LIKERT_HELP" ? before.options : optionsForType(before.type, data.options);
      const fields = { sectionKey: data.sectionKey, sortOrder: data.sortOrder, textNl: data.textNl, textEn: data.textEn, required: data.required, conditionKey: data.conditionKey ?? null };
      await tx.question.update({ where: { key: data.key }, data: fields });
      await writeOptions(tx, data.key, before.options, options);
      await audit({ action: "question.update", entity: "question", entityId: data.key, before, after: { ...fields, options } });
    },
    tags: REFERENCE_WRITE,
    after: refresh,
  });
}

export async function deleteQuestion(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction({
    name: "question.delete",
    schema: DeleteQuestionSchema,
    input: formToObject(form),
    authorize: isAdmin,
    run: async ({ tx, data, audit }) => {
      const before = await claimQuestion(tx, data.key, data.version);
      await assertDeletable(tx, data.key);
      await tx.roundQuestion.deleteMany({ where: { questionKey: data.key } }); // only draft rounds remain
      await tx.question.delete({ where: { key: data.key } }); // options cascade
      await audit({ action: "question.delete", entity: "question", entityId: data.key, before });
    },
    tags: REFERENCE_WRITE,
    after: refresh,
  });
  if (state?.ok) redirect("/beheer/vragenbank");
  return state;
}
