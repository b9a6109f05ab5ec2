import { z } from "zod";
import { V, municipalityCode, text, version } from "@/lib/workspace/form";

export const COMMENT_MAX = 2000;

const questionKey = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().max(200).nullable());
const body = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z.string({ error: V.required }).min(1, { error: V.required }).max(COMMENT_MAX, { error: V.tooLong }),
);

export const AddCommentSchema = z.object({ code: municipalityCode, responseId: z.uuid({ error: V.invalid }), questionKey, body });
export const DeleteCommentSchema = z.object({ code: municipalityCode, id: z.uuid({ error: V.invalid }) });
export const ReturnSchema = z.object({ code: municipalityCode, responseId: z.uuid({ error: V.invalid }), version, message: text(COMMENT_MAX) });
export const AcceptSchema = z.object({ code: municipalityCode, responseId: z.uuid({ error: V.invalid }), version });
