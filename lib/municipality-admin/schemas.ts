import { z } from "zod";

/** Upload of a GIDS list or a mergers list: first a preview, then the same file again with the preview's checksum. */
export const ListUploadSchema = z.object({
  file: z.instanceof(Blob, { message: "validation.required" }).refine((f) => f.size > 0 && f.size <= 1024 * 1024, "municipalityAdmin.validation.file"),
  mode: z.enum(["preview", "commit"]),
  checksum: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^[0-9a-f]{64}$/).optional()),
});

export const MunicipalityFiltersSchema = z.object({
  q: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(100).optional()).catch(undefined),
  gids: z.enum(["yes", "no"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type MunicipalityFilters = z.output<typeof MunicipalityFiltersSchema>;
