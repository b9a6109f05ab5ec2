import { z } from "zod";

export const MarkReadSchema = z.object({ id: z.uuid() });
export const MarkAllReadSchema = z.object({});

export const NOTIFICATIONS_PAGE_SIZE = 20;
