"use server";
import { revalidatePath } from "next/cache";
import { formToObject, runAction } from "@/lib/actions/run";
import { NotFoundError, type ActionState } from "@/lib/actions/state";
import { MarkAllReadSchema, MarkReadSchema } from "./schemas";

// Only the recipient changes a notification (every signed-in user has an inbox: no permission beyond
// being signed in; the user id is in every where). notify() lives in notify.ts, not here: a "use server"
// export would be a public endpoint.

/** Marks one of the viewer's own notifications as read (someone else's id → not found). */
export async function markNotificationReadAction(_prev: ActionState<{ count: number }>, formData: FormData): Promise<ActionState<{ count: number }>> {
  return runAction({
    name: "notifications.read",
    schema: MarkReadSchema,
    input: formToObject(formData),
    authorize: () => true,
    run: async ({ tx, viewer, data, audit }) => {
      const r = await tx.notification.updateMany({ where: { id: data.id, userId: viewer.id, readAt: null }, data: { readAt: new Date() } });
      if (r.count === 0 && !(await tx.notification.count({ where: { id: data.id, userId: viewer.id } }))) throw new NotFoundError();
      await audit({ action: "notification.read", entity: "notification", entityId: data.id });
      return { count: r.count };
    },
    after: () => revalidatePath("/", "layout"),
  });
}

/** Marks all of the viewer's notifications as read. */
export async function markAllNotificationsReadAction(_prev: ActionState<{ count: number }>, formData: FormData): Promise<ActionState<{ count: number }>> {
  return runAction({
    name: "notifications.readAll",
    schema: MarkAllReadSchema,
    input: formToObject(formData),
    authorize: () => true,
    run: async ({ tx, viewer, audit }) => {
      const r = await tx.notification.updateMany({ where: { userId: viewer.id, readAt: null }, data: { readAt: new Date() } });
      if (r.count > 0) await audit({ action: "notification.readAll", entity: "notification", entityId: "*", after: { count: r.count } });
      return { count: r.count };
    },
    after: () => revalidatePath("/", "layout"),
  });
}
