// Forms of the import screens (admin). Messages are catalog keys.
import { z } from "zod";
import { MAX_IMPORT_BYTES } from "./types";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const jobId = z.uuid("validation.invalid");

export const StartImportSchema = z.object({
  fileName: z.string().trim().min(1, "validation.required").max(255, "validation.tooLong").regex(/\.(csv|xlsx)$/i, "imports.validation.extension"),
  fileSize: z.coerce.number().int().min(1, "imports.validation.emptyFile").max(MAX_IMPORT_BYTES, "imports.validation.tooLarge"),
  createRound: checkbox,
});
export const ChunkSchema = z.object({
  jobId,
  seq: z.coerce.number().int().min(0).max(10_000),
  chunk: z.instanceof(Blob, { message: "validation.required" }),
});
export const JobSchema = z.object({ jobId });
export const ErrorPageSchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });
