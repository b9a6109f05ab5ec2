// The figures the programme has published, from the question bank (prisma/seed/data/questionnaire.json, the
// reference copy of shared/data/questionnaire.json). They decide which measures are headline figures.
import bank from "@/prisma/seed/data/questionnaire.json";
import type { BankQuestionRef } from "./headlines";

export const PUBLISHED_BANK: BankQuestionRef[] = bank.questions.map((q) => ({ key: q.key, published: "published" in q ? q.published : undefined }));
