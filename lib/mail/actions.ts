"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formToObject, runAction } from "@/lib/actions/run";
import { DomainError, type ActionState } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { enqueue } from "@/lib/jobs/boss";
import { configuredSender } from "./sender";

// Admin: send the failed (and still queued) messages of the outbox again. Only meaningful with SMTP.

const RetrySchema = z.object({ confirm: z.literal("yes", "validation.confirm") });
const isAdmin = (v: Viewer) => can(v.role, "manage", "survey-admin");

export async function retryOutbox(_prev: ActionState<{ requeued: number }>, form: FormData): Promise<ActionState<{ requeued: number }>> {
  return runAction({
    name: "mail.retry",
    schema: RetrySchema,
    input: formToObject(form),
    authorize: isAdmin,
    run: async ({ tx, audit }) => {
      if (!configuredSender()) throw new DomainError("mail.errors.noSmtp");
      const { count } = await tx.mailMessage.updateMany({ where: { status: "FAILED" }, data: { status: "QUEUED" } });
      await audit({ action: "mail.retry", entity: "mail_message", entityId: "*", after: { requeued: count } });
      await enqueue(tx, "mail-deliver", { reason: "retry" });
      return { requeued: count };
    },
    after: () => revalidatePath("/beheer/outbox"),
  });
}
