// DTOs of the survey domain that leave the server (API responses, page props).

export type QuestionTypeKey = "boolean" | "single" | "multi" | "likert_help" | "text";

export type OptionResultDTO = {
  /** Option key; for booleans "yes" / "no"; for likert_help also the derived "HELPED_OR_STRONGLY". */
  key: string;
  count: number;
  /** Fraction 0–1 of the question's respondents (n). */
  share: number;
};

export type QuestionResultDTO = {
  key: string;
  type: QuestionTypeKey;
  /** Number of responses in the round that answered this question. */
  n: number;
  options: OptionResultDTO[];
};

export type RoundResultsDTO = {
  year: number;
  /** GIDS municipalities invited in that round (the denominator of the response rate). */
  gidsMunicipalities: number;
  /** Responses that count (SUBMITTED or ACCEPTED). */
  respondents: number;
  /** respondents / gidsMunicipalities, fraction 0–1. */
  responseRate: number;
  questions: QuestionResultDTO[];
};
