"use server";
import { revalidatePath } from "next/cache";
import { formToObject, runAction } from "@/lib/actions/run";
import { NotFoundError, type ActionState } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import { WORKSPACE_WRITE } from "@/lib/cache/tags";
import { normalizeForm } from "@/lib/workspace/form";
import { assertApproachWritable, createApproach, readApproach, startContent, updateApproach } from "./mutations";
import { ApproachFormSchema, StartYearSchema } from "./schemas";

export type SavedApproach = { id: string; year: number; version: number };

/** Saves the approach of one year (creates it when the form had none). Stale version → conflict, input kept. */
export async function saveApproachAction(_prev: ActionState<SavedApproach>, formData: FormData): Promise<ActionState<SavedApproach>> {
  return runAction({
    name: "approach.save",
    schema: ApproachFormSchema,
    input: normalizeForm(formToObject(formData)),
    authorize: (viewer) => can(viewer.role, "write", "approach"),
    run: async ({ tx, viewer, data, audit }) => {
      await assertApproachWritable(tx, viewer, data.code);
      if (!data.id) {
        const created = await createApproach(tx, viewer, data.code, data.year, data.content);
        await audit({ action: "approach.create", entity: "approach", entityId: created.id, after: { year: data.year, ...data.content } });
        return { id: created.id, year: data.year, version: created.version };
      }
      const before = await readApproach(tx, data.code, { id: data.id });
      // An id of another municipality (or year) is not found, whatever the viewer may do elsewhere.
      if (!before || before.year !== data.year) throw new NotFoundError();
      const saved = await updateApproach(tx, viewer, data.id, data.version, data.content);
      await audit({ action: "approach.update", entity: "approach", entityId: data.id, before, after: { year: data.year, ...data.content } });
      return { id: saved.id, year: data.year, version: saved.version };
    },
    tags: WORKSPACE_WRITE,
    after: async (data) => {
      revalidatePath(`/gemeenten/${data.code}`, "layout");
    },
  });
}

/** Starts the approach of a new year, from the most recent earlier year or empty. */
export async function startApproachYearAction(_prev: ActionState<SavedApproach>, formData: FormData): Promise<ActionState<SavedApproach>> {
  return runAction({
    name: "approach.start",
    schema: StartYearSchema,
    input: formToObject(formData),
    authorize: (viewer) => can(viewer.role, "write", "approach"),
    run: async ({ tx, viewer, data, audit }) => {
      await assertApproachWritable(tx, viewer, data.code);
      const { content, fromYear } = await startContent(tx, data.code, data.year, data.from);
      const created = await createApproach(tx, viewer, data.code, data.year, content);
      await audit({ action: "approach.create", entity: "approach", entityId: created.id, after: { year: data.year, copiedFrom: fromYear, ...content } });
      return { id: created.id, year: data.year, version: created.version };
    },
    tags: WORKSPACE_WRITE,
    after: async (data) => {
      revalidatePath(`/gemeenten/${data.code}`, "layout");
    },
  });
}
