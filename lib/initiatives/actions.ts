"use server";
import { revalidatePath } from "next/cache";
import { formToObject, runAction } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import { WORKSPACE_WRITE } from "@/lib/cache/tags";
import { normalizeForm } from "@/lib/workspace/form";
import {
  assertInitiativesWritable,
  assertNotDuplicate,
  createInitiative,
  readInitiative,
  setArchived,
  updateInitiative,
} from "./mutations";
import { ArchiveInitiativeSchema, CreateInitiativeSchema, UpdateInitiativeSchema } from "./schemas";

export type SavedInitiative = { id: string; version: number };

const authorize = (viewer: { role: Parameters<typeof can>[0] }) => can(viewer.role, "write", "initiative");
// Programme figures on the national pages count initiatives, so their cache goes too.
const revalidate = async (code: string) => {
  revalidatePath(`/gemeenten/${code}`, "layout");
};

export async function createInitiativeAction(_prev: ActionState<SavedInitiative>, formData: FormData): Promise<ActionState<SavedInitiative>> {
  return runAction({
    name: "initiative.create",
    schema: CreateInitiativeSchema,
    input: normalizeForm(formToObject(formData)),
    authorize,
    run: async ({ tx, viewer, data, audit }) => {
      await assertInitiativesWritable(tx, viewer, data.code);
      await assertNotDuplicate(tx, data.code, data);
      const created = await createInitiative(tx, viewer, data);
      await audit({ action: "initiative.create", entity: "initiative", entityId: created.id, after: data });
      return created;
    },
    tags: WORKSPACE_WRITE,
    after: (data) => revalidate(data.code),
  });
}

/** Saves an edit. A stale version is refused (ConflictError); the form keeps the user's input. */
export async function updateInitiativeAction(_prev: ActionState<SavedInitiative>, formData: FormData): Promise<ActionState<SavedInitiative>> {
  return runAction({
    name: "initiative.update",
    schema: UpdateInitiativeSchema,
    input: normalizeForm(formToObject(formData)),
    authorize,
    run: async ({ tx, viewer, data, audit }) => {
      await assertInitiativesWritable(tx, viewer, data.code);
      const before = await readInitiative(tx, data.code, data.id);
      await assertNotDuplicate(tx, data.code, data, data.id);
      const saved = await updateInitiative(tx, viewer, data.id, data.version, data, before);
      await audit({ action: "initiative.update", entity: "initiative", entityId: data.id, before, after: data });
      return saved;
    },
    tags: WORKSPACE_WRITE,
    after: (data) => revalidate(data.code),
  });
}

async function archiveOrRestore(formData: FormData, archived: boolean): Promise<ActionState<SavedInitiative>> {
  return runAction({
    name: archived ? "initiative.archive" : "initiative.restore",
    schema: ArchiveInitiativeSchema,
    input: formToObject(formData),
    authorize,
    run: async ({ tx, viewer, data, audit }) => {
      await assertInitiativesWritable(tx, viewer, data.code);
      const before = await readInitiative(tx, data.code, data.id);
      const saved = await setArchived(tx, viewer, data.code, data.id, data.version, archived);
      await audit({
        action: archived ? "initiative.archive" : "initiative.restore",
        entity: "initiative",
        entityId: data.id,
        before: { archivedAt: before.archivedAt, version: before.version },
        after: { archived, version: saved.version },
      });
      return saved;
    },
    tags: WORKSPACE_WRITE,
    after: (data) => revalidate(data.code),
  });
}

export async function archiveInitiativeAction(_prev: ActionState<SavedInitiative>, formData: FormData): Promise<ActionState<SavedInitiative>> {
  return archiveOrRestore(formData, true);
}

export async function restoreInitiativeAction(_prev: ActionState<SavedInitiative>, formData: FormData): Promise<ActionState<SavedInitiative>> {
  return archiveOrRestore(formData, false);
}
