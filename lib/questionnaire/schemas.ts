import { z } from "zod";
import { V, municipalityCode, version } from "@/lib/workspace/form";

/** The questionnaire form's envelope; the answers themselves are read by answersFromForm. */
export const QuestionnaireEnvelopeSchema = z.object({
  code: municipalityCode,
  year: z.coerce.number({ error: V.invalid }).int().min(2000).max(2100),
  version,
  intent: z.enum(["autosave", "save", "submit"]).default("save"),
});
