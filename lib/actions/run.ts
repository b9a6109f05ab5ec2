import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getViewer } from "@/lib/auth/viewer";
import { updateTag } from "next/cache";
import type { CacheTag } from "@/lib/cache/tags";
import { assertSameOrigin, requestOrigin } from "@/lib/auth/origin";
import type { Viewer } from "@/lib/auth/viewer-types";
import { writeAudit, type AuditInput } from "@/lib/audit/write";
import { DomainError, NotFoundError, type ActionState } from "./state";

export type ActionContext<D> = {
  tx: Prisma.TransactionClient;
  viewer: Viewer;
  data: D;
  /** Writes an audit event in this transaction. Every mutation calls it. */
  audit: (e: AuditInput) => Promise<void>;
};

export type ActionSpec<S extends z.ZodType, T> = {
  /** "domain.verb", also the audit action name prefix and the matrix test's name. */
  name: string;
  schema: S;
  input: unknown;
  /** Cheap role check before the transaction (e.g. can(viewer.role, "write", "initiative")). Scope checks
   *  that need the database happen inside `run` with a scoped query that throws NotFoundError. */
  authorize: (viewer: Viewer, data: z.output<S>) => boolean;
  run: (ctx: ActionContext<z.output<S>>) => Promise<T>;
  /** Cache tags the change makes stale (lib/cache/tags.ts): expired with `updateTag` after the commit, so
   *  the user who saved reads their own write on the next request. */
  tags?: readonly CacheTag[] | ((data: z.output<S>, result: T) => readonly CacheTag[]);
  /** Revalidation after commit (revalidatePath of the pages the client router should refresh). */
  after?: (data: z.output<S>, result: T) => void | Promise<void>;
};

/**
 * The one way a server action runs: same-origin check → signed-in viewer → zod parse → authorize →
 * transaction (mutation + audit) → invalidate cache tags (updateTag) → revalidate → typed state. Expected failures become values;
 * unexpected ones are logged and reported generically.
 */
export async function runAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>): Promise<ActionState<T>> {
  try {
    await assertSameOrigin();
    const viewer = await getViewer();
    if (!viewer) return { ok: false, formError: "errors.signedOut" };
    const parsed = spec.schema.safeParse(spec.input);
    if (!parsed.success) {
      const flat = z.flattenError(parsed.error);
      return { ok: false, formError: "errors.invalid", fieldErrors: flat.fieldErrors as Record<string, string[]> };
    }
    const data = parsed.data;
    if (!spec.authorize(viewer, data)) throw new NotFoundError();
    const origin = await requestOrigin();
    const result = await db.$transaction(async (tx) =>
      spec.run({ tx, viewer, data, audit: (e) => writeAudit(tx, viewer, origin, e) }),
    );
    const tags = typeof spec.tags === "function" ? spec.tags(data, result) : (spec.tags ?? []);
    for (const tag of new Set(tags)) updateTag(tag);
    await spec.after?.(data, result);
    return { ok: true, data: result };
  } catch (e) {
    if (e instanceof DomainError) return { ok: false, formError: e.key, fieldErrors: e.fieldErrors, conflict: e.conflict || undefined };
    console.error(`[action ${spec.name}]`, e);
    return { ok: false, formError: "errors.unexpected" };
  }
}

/** FormData → plain object; repeated keys (checkbox groups, multi-selects) become arrays. */
export function formToObject(form: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key);
    out[key] = key.endsWith("[]") || all.length > 1 ? all : all[0]!;
  }
  return out;
}
