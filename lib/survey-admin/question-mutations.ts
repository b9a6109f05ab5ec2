import "server-only";
import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/state";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LIKERT_OPTIONS, TYPES_WITH_OPTIONS, type OptionInput, type QuestionTypeValue } from "./schemas";

// Rules of the question bank, as transaction steps. A key is forever: wording may change under it, its
// type and its options' meaning may not (that needs a new key, so trends over the rounds stay comparable).
type Tx = Prisma.TransactionClient;

export type QuestionState = {
  key: string;
  type: QuestionTypeValue;
  sectionKey: string;
  sortOrder: number;
  textNl: string;
  textEn: string;
  required: boolean;
  conditionKey: string | null;
  options: OptionInput[];
};

export async function claimQuestion(tx: Tx, key: string, version: number): Promise<QuestionState> {
  const claimed = await tx.question.updateMany({ where: { key, version }, data: { version: { increment: 1 } } });
  if (claimed.count === 0) throw (await tx.question.count({ where: { key } })) ? new ConflictError() : new NotFoundError();
  return tx.question.findUniqueOrThrow({
    where: { key },
    select: {
      key: true,
      type: true,
      sectionKey: true,
      sortOrder: true,
      textNl: true,
      textEn: true,
      required: true,
      conditionKey: true,
      options: { select: { key: true, textNl: true, textEn: true }, orderBy: { sortOrder: "asc" } },
    },
  });
}

/** The options a question of this type stores: its own for single/multi, the fixed levels for likert. */
export function optionsForType(type: QuestionTypeValue, options: readonly OptionInput[]): OptionInput[] {
  if (type === "LIKERT_HELP") return LIKERT_OPTIONS.map((o) => ({ ...o }));
  if (!TYPES_WITH_OPTIONS.includes(type)) {
    if (options.length) throw new DomainError("errors.invalid", { options: ["surveyAdmin.validation.noOptions"] });
    return [];
  }
  if (options.length < 2) throw new DomainError("errors.invalid", { options: ["surveyAdmin.validation.twoOptions"] });
  if (new Set(options.map((o) => o.key)).size !== options.length) throw new DomainError("errors.invalid", { options: ["surveyAdmin.validation.duplicateOption"] });
  return [...options];
}

export async function assertSectionAndCondition(tx: Tx, sectionKey: string, conditionKey: string | undefined, self: string): Promise<void> {
  if (!(await tx.questionSection.count({ where: { key: sectionKey } }))) throw new DomainError("errors.invalid", { sectionKey: ["validation.invalid"] });
  if (!conditionKey) return;
  const condition = await tx.question.findUnique({ where: { key: conditionKey }, select: { type: true } });
  if (conditionKey === self || condition?.type !== "BOOLEAN") throw new DomainError("errors.invalid", { conditionKey: ["surveyAdmin.validation.condition"] });
}

/**
 * Writes the new option list: texts and order may change, options may be added; an option that was ever
 * chosen cannot be removed (its answers would lose their meaning).
 */
export async function writeOptions(tx: Tx, questionKey: string, before: readonly OptionInput[], after: readonly OptionInput[]): Promise<void> {
  const removed = before.filter((o) => !after.some((a) => a.key === o.key)).map((o) => o.key);
  if (removed.length && (await tx.answerChoice.count({ where: { questionKey, optionKey: { in: removed } } }))) {
    throw new DomainError("surveyAdmin.errors.optionInUse");
  }
  if (removed.length) await tx.questionOption.deleteMany({ where: { questionKey, key: { in: removed } } });
  for (const [i, o] of after.entries()) {
    await tx.questionOption.upsert({
      where: { questionKey_key: { questionKey, key: o.key } },
      create: { questionKey, key: o.key, textNl: o.textNl, textEn: o.textEn, sortOrder: i + 1 },
      update: { textNl: o.textNl, textEn: o.textEn, sortOrder: i + 1 },
    });
  }
}

/** Questions asked in an open or closed round, or ever answered, stay in the bank. */
export async function assertDeletable(tx: Tx, key: string): Promise<void> {
  const usedIn = await tx.roundQuestion.findMany({ where: { questionKey: key, round: { status: { not: "DRAFT" } } }, select: { round: { select: { year: true } } } });
  if (usedIn.length) throw new DomainError("surveyAdmin.errors.questionInUse");
  if (await tx.answer.count({ where: { questionKey: key } })) throw new DomainError("surveyAdmin.errors.questionAnswered");
  if (await tx.question.count({ where: { conditionKey: key } })) throw new DomainError("surveyAdmin.errors.questionIsCondition");
}
