// The questionnaire as it leaves the server (plain data), and the answer values the form works with.

export type QuestionKind = "BOOLEAN" | "SINGLE" | "MULTI" | "LIKERT_HELP" | "TEXT";

export type QuestionDTO = {
  key: string;
  sectionKey: string;
  type: QuestionKind;
  text: string;
  required: boolean;
  /** Asked only when this boolean question is answered "yes". */
  conditionKey: string | null;
  options: { key: string; text: string }[];
};

export type SectionDTO = { key: string; name: string; questions: QuestionDTO[] };

/**
 * One answer: a boolean (BOOLEAN), a text (TEXT) or the chosen option keys (SINGLE and LIKERT_HELP: one;
 * MULTI: zero or more — an empty list is the explicit answer "none of these"). A missing key is unanswered.
 */
export type AnswerValue = boolean | string | string[];
export type Answers = Record<string, AnswerValue>;

export type ResponseStatusKey = "NOT_STARTED" | "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";

export type ReviewCommentDTO = { questionKey: string | null; body: string; authorName: string; createdAt: string };

export type QuestionnaireDTO = {
  round: { year: number; status: "DRAFT" | "OPEN" | "CLOSED"; opensAt: string; closesAt: string };
  response: { exists: boolean; status: ResponseStatusKey; version: number; submittedAt: string | null; updatedAt: string | null };
  sections: SectionDTO[];
  answers: Answers;
  /** Answers taken over from an earlier round and not changed since. */
  prefilledKeys: string[];
  /** The round the prefilled answers come from (null when nothing was prefilled). */
  prefillYear: number | null;
  comments: ReviewCommentDTO[];
  /** Whether the viewer may change the answers now (own municipality, open round, not submitted). */
  editable: boolean;
  /** Rounds this municipality can look at, newest first, with its response status in each. */
  rounds: { year: number; roundStatus: "DRAFT" | "OPEN" | "CLOSED"; status: ResponseStatusKey }[];
};

export type QuestionnaireStatusDTO = {
  year: number;
  closesAt: string;
  status: ResponseStatusKey;
  submittedAt: string | null;
} | null;
