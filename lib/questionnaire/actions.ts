"use server";
import { revalidatePath } from "next/cache";
import { formToObject, runAction } from "@/lib/actions/run";
import { DomainError, type ActionState } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import { SURVEY_WRITE } from "@/lib/cache/tags";
import { notifyQuestionnaireSubmitted } from "@/lib/notifications/notify";
import { assertQuestionnaireWritable, saveAnswers, toFieldErrors } from "./mutations";
import { QuestionnaireEnvelopeSchema } from "./schemas";
import { validateAnswers } from "./validation";

export type SavedQuestionnaire = { version: number; status: string; savedAt: string };

const authorize = (viewer: { role: Parameters<typeof can>[0] }) => can(viewer.role, "write", "questionnaire");

/** Saves the draft (autosave and the explicit save button). Stale version → conflict; answers stay in the form. */
export async function saveQuestionnaireAction(_prev: ActionState<SavedQuestionnaire>, formData: FormData): Promise<ActionState<SavedQuestionnaire>> {
  return runAction({
    name: "questionnaire.save",
    schema: QuestionnaireEnvelopeSchema,
    input: formToObject(formData),
    authorize,
    run: async ({ tx, viewer, data, audit }) => {
      await assertQuestionnaireWritable(tx, viewer, data.code);
      const saved = await saveAnswers(tx, data, formData);
      await audit({
        action: "questionnaire.save",
        entity: "survey_response",
        entityId: saved.id,
        before: saved.before,
        after: { intent: data.intent, answers: saved.answers },
      });
      return { version: saved.version, status: saved.status, savedAt: new Date().toISOString() };
    },
    // Autosave does not re-render the page (the form holds the truth); an explicit save refreshes status.
    after: (data) => {
      if (data.intent !== "autosave") revalidatePath(`/gemeenten/${data.code}`, "layout");
    },
  });
}

/** Saves and submits; refused with the missing or inconsistent answers marked when not complete. */
export async function submitQuestionnaireAction(_prev: ActionState<SavedQuestionnaire>, formData: FormData): Promise<ActionState<SavedQuestionnaire>> {
  return runAction({
    name: "questionnaire.submit",
    schema: QuestionnaireEnvelopeSchema,
    input: formToObject(formData),
    authorize,
    run: async ({ tx, viewer, data, audit }) => {
      await assertQuestionnaireWritable(tx, viewer, data.code);
      const saved = await saveAnswers(tx, data, formData);
      const errors = validateAnswers(saved.questions, saved.answers);
      if (Object.keys(errors).length) throw new DomainError("questionnaire.errors.incomplete", toFieldErrors(errors));
      const submittedAt = new Date();
      await tx.surveyResponse.update({
        where: { id: saved.id },
        data: { status: "SUBMITTED", submittedAt, submittedById: viewer.id },
      });
      await notifyQuestionnaireSubmitted(tx, saved.id); // the assigned adviser's bell
      await audit({
        action: "questionnaire.submit",
        entity: "survey_response",
        entityId: saved.id,
        before: { status: saved.status, answers: saved.before },
        after: { status: "SUBMITTED", answers: saved.answers },
      });
      return { version: saved.version, status: "SUBMITTED", savedAt: submittedAt.toISOString() };
    },
    tags: SURVEY_WRITE,
    after: async (data) => {
      revalidatePath(`/gemeenten/${data.code}`, "layout");
    },
  });
}
