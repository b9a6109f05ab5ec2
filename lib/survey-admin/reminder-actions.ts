"use server";
import { revalidatePath } from "next/cache";
import { formToObject, runAction } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/boss";
import { configuredSender } from "@/lib/mail/sender";
import { createReminders, type ReminderResult } from "./reminders";
import { SendRemindersSchema } from "./schemas";

export type RemindersSent = ReminderResult & { delivery: "smtp" | "outbox" };

const isAdmin = (v: Viewer) => can(v.role, "manage", "survey-admin");

/**
 * Reminds the municipalities of the open round that have not responded (or only drafted). The messages are
 * queued in the same transaction; with SMTP configured a mail-deliver job (same transaction) delivers them.
 */
export async function sendReminders(_prev: ActionState<RemindersSent>, form: FormData): Promise<ActionState<RemindersSent>> {
  return runAction({
    name: "survey.remind",
    schema: SendRemindersSchema,
    input: formToObject(form),
    authorize: isAdmin,
    run: async ({ tx, viewer, data, audit }) => {
      const result = await createReminders(tx, { roundId: data.roundId, target: data.target, actorId: viewer.id, baseUrl: (env().NEXTAUTH_URL ?? "").replace(/\/$/, "") });
      await audit({ action: "survey.remind", entity: "survey_round", entityId: data.roundId, after: { target: data.target, ...result } });
      const smtp = configuredSender() !== null;
      if (smtp && result.messages > 0) await enqueue(tx, "mail-deliver", { reason: "queued" });
      return { ...result, delivery: smtp ? ("smtp" as const) : ("outbox" as const) };
    },
    after: () => {
      revalidatePath("/beheer/vragenlijsten", "layout");
      revalidatePath("/beheer/outbox");
    },
  });
}
