"use server";
import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { REFERENCE_WRITE } from "@/lib/cache/tags";
import { formToObject, runAction } from "@/lib/actions/run";
import { DomainError, type ActionState } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { planGidsList, type GidsChange } from "./gids-list";
import { planMergers } from "./mergers";
import { ListUploadSchema } from "./schemas";
import type { ListError } from "./table";
import { applyGidsList, applyMergers, knownMunicipalities } from "./writes";

// GIDS status and mergers change every page that lists municipalities, and the national figures.
const refreshAll = async () => {
  revalidatePath("/", "layout");
};

// Municipality lists (admin): the official GIDS list and municipal mergers. Each upload is first previewed;
// committing sends the same file with the preview's checksum, so what is written is what was shown.

export type ListPreview = {
  checksum: string;
  committed: boolean;
  errors: ListError[];
  counts: Record<string, number>;
  /** The changes by name (GIDS list only), at most 200 of each. */
  changes?: { added: GidsChange[]; removed: GidsChange[]; changed: GidsChange[] };
};

const isAdmin = (v: Viewer) => can(v.role, "manage", "import");
const LIST_LIMIT = 200;

async function readUpload(form: FormData) {
  const input = ListUploadSchema.safeParse(formToObject(form));
  const text = input.success ? await input.data.file.text() : "";
  return { raw: { ...formToObject(form) }, text, checksum: createHash("sha256").update(text).digest("hex") };
}

function assertCommittable(data: { mode: string; checksum?: string }, checksum: string, errors: ListError[]): boolean {
  if (data.mode !== "commit") return false;
  if (errors.length) throw new DomainError("municipalityAdmin.errors.hasErrors");
  if (data.checksum !== checksum) throw new DomainError("municipalityAdmin.errors.fileChanged");
  return true;
}

export async function importGidsList(_prev: ActionState<ListPreview>, form: FormData): Promise<ActionState<ListPreview>> {
  const upload = await readUpload(form);
  return runAction({
    name: "municipality.importGidsList",
    schema: ListUploadSchema,
    input: upload.raw,
    authorize: isAdmin,
    run: async ({ tx, data, audit }) => {
      const plan = planGidsList(upload.text, await knownMunicipalities(tx), new Date().getUTCFullYear());
      const counts = { listed: plan.entries.length, added: plan.added.length, removed: plan.removed.length, changed: plan.changed.length, unchanged: plan.unchanged };
      const committed = assertCommittable(data, upload.checksum, plan.errors);
      if (committed) {
        await applyGidsList(tx, plan);
        await audit({ action: "municipality.importGidsList", entity: "municipality", entityId: "*", after: { checksum: upload.checksum, ...counts, added: plan.added.map((c) => c.code), removed: plan.removed.map((c) => c.code), changed: plan.changed.map((c) => c.code) } });
      }
      const cut = <T,>(xs: T[]) => xs.slice(0, LIST_LIMIT);
      return { checksum: upload.checksum, committed, errors: plan.errors.slice(0, 500), counts, changes: { added: cut(plan.added), removed: cut(plan.removed), changed: cut(plan.changed) } };
    },
    tags: REFERENCE_WRITE,
    after: refreshAll,
  });
}

export async function importMergers(_prev: ActionState<ListPreview>, form: FormData): Promise<ActionState<ListPreview>> {
  const upload = await readUpload(form);
  return runAction({
    name: "municipality.importMergers",
    schema: ListUploadSchema,
    input: upload.raw,
    authorize: isAdmin,
    run: async ({ tx, data, audit }) => {
      const known = await knownMunicipalities(tx);
      const plan = planMergers(upload.text, known);
      const counts = { listed: plan.entries.length, created: plan.created, updated: plan.updated, unchanged: plan.unchanged };
      const committed = assertCommittable(data, upload.checksum, plan.errors);
      if (committed) {
        await applyMergers(tx, plan, known);
        await audit({ action: "municipality.importMergers", entity: "municipality", entityId: "*", after: { checksum: upload.checksum, ...counts, mergers: plan.entries.map((e) => [e.code, e.successorCode, e.date]) } });
      }
      return { checksum: upload.checksum, committed, errors: plan.errors.slice(0, 500), counts };
    },
    tags: REFERENCE_WRITE,
    after: refreshAll,
  });
}
