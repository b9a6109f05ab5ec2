"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formToObject, runAction } from "@/lib/actions/run";
import { NotFoundError, type ActionState } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import { resolveFollowUp } from "@/lib/notifications/notify";
import { requireMunicipality } from "@/lib/auth/scope";
import { createEntry, readOwnEntry, updateEntry } from "./mutations";
import { CreateAdviceSchema, FollowUpDoneSchema, UpdateAdviceSchema } from "./schemas";

export type SavedAdvice = { id: string; version: number };

const authorize = (viewer: { role: Parameters<typeof can>[0] }) => can(viewer.role, "write", "advice");

function revalidate(code: string) {
  revalidatePath(`/gemeenten/${code}/advies`);
  revalidatePath(`/gemeenten/${code}/tijdlijn`);
  revalidatePath("/adviseur");
}

/** Logs a new advice entry (with follow-ups) by the assigned adviser; then back to the log, entry in view. */
export async function createAdviceAction(_prev: ActionState<SavedAdvice>, formData: FormData): Promise<ActionState<SavedAdvice>> {
  const state = await runAction({
    name: "advice.create",
    schema: CreateAdviceSchema,
    input: formToObject(formData),
    authorize,
    run: async ({ tx, viewer, data, audit }) => {
      await requireMunicipality(tx, viewer, data.code, "write", "advice");
      const created = await createEntry(tx, viewer, data);
      await audit({ action: "advice.create", entity: "advice_entry", entityId: created.id, after: data });
      return created;
    },
    after: (data) => revalidate(data.code),
  });
  if (state?.ok && state.data) redirect(`/gemeenten/${String(formData.get("code"))}/advies?opgeslagen=${state.data.id}#advies-${state.data.id}`);
  return state;
}

/** Edits an entry: only its author (or an admin), only while assigned, only when nobody saved in between. */
export async function updateAdviceAction(_prev: ActionState<SavedAdvice>, formData: FormData): Promise<ActionState<SavedAdvice>> {
  const state = await runAction({
    name: "advice.update",
    schema: UpdateAdviceSchema,
    input: formToObject(formData),
    authorize,
    run: async ({ tx, viewer, data, audit }) => {
      await requireMunicipality(tx, viewer, data.code, "write", "advice");
      const before = await readOwnEntry(tx, viewer, data.code, data.id);
      const saved = await updateEntry(tx, data, before.followUps);
      await audit({ action: "advice.update", entity: "advice_entry", entityId: data.id, before, after: data });
      return saved;
    },
    after: (data) => revalidate(data.code),
  });
  if (state?.ok && state.data) redirect(`/gemeenten/${String(formData.get("code"))}/advies?opgeslagen=${state.data.id}#advies-${state.data.id}`);
  return state;
}

/** Marks a follow-up done (or open again). Any adviser assigned now may do it: follow-ups pass on at a handover. */
export async function setFollowUpDoneAction(_prev: ActionState<{ done: boolean }>, formData: FormData): Promise<ActionState<{ done: boolean }>> {
  return runAction({
    name: "advice.followUp",
    schema: FollowUpDoneSchema,
    input: formToObject(formData),
    authorize,
    run: async ({ tx, viewer, data, audit }) => {
      await requireMunicipality(tx, viewer, data.code, "write", "advice");
      const f = await tx.followUp.findFirst({ where: { id: data.id, adviceEntry: { municipalityCode: data.code } }, select: { doneAt: true } });
      if (!f) throw new NotFoundError();
      const doneAt = data.done ? (f.doneAt ?? new Date()) : null;
      await tx.followUp.update({ where: { id: data.id }, data: { doneAt } });
      if (data.done) await resolveFollowUp(tx, data.id);
      await audit({ action: data.done ? "followUp.done" : "followUp.reopen", entity: "follow_up", entityId: data.id, before: { doneAt: f.doneAt }, after: { doneAt } });
      return { done: data.done };
    },
    after: (data) => revalidate(data.code),
  });
}
