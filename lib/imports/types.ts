// Shared types of the survey-answer import (pure; used by the app, the CLI and the tests).

/** The columns of the long format (questionnaire.json `import_format`), in export order. */
export const IMPORT_COLUMNS = ["round", "gemeentecode", "question", "answer"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 500_000;
export const MAX_TEXT_LENGTH = 4000;

/** One data row as read from the file. `row` is the file's row (line) number; the header is row 1. */
export type RawRow = { row: number } & Record<ImportColumn, string>;

export const IMPORT_ERROR_CODES = [
  "unreadable",
  "tooLarge",
  "header",
  "empty",
  "invalidRound",
  "noRound",
  "unknownMunicipality",
  "notGids",
  "municipalityEnded",
  "unknownQuestion",
  "questionNotInRound",
  "unknownOption",
  "wrongType",
  "duplicateRow",
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export type RowError = {
  row: number;
  code: ImportErrorCode;
  field?: ImportColumn;
  /** The offending value as found in the file (shortened). */
  value?: string;
  /** Extra context: the first row of a duplicate, the successor of a merged municipality, the allowed options. */
  detail?: string;
};

export type QuestionTypeCode = "BOOLEAN" | "SINGLE" | "MULTI" | "LIKERT_HELP" | "TEXT";

/** A valid row, normalised: exactly one of valueBool, valueText, choices is set (by question type). */
export type ImportRowValue = {
  row: number;
  year: number;
  code: string;
  questionKey: string;
  valueBool: boolean | null;
  valueText: string | null;
  /** Chosen option keys, sorted; [] is a multi question answered with "none". */
  choices: string[] | null;
};

export type CatalogMunicipality = {
  code: string;
  isGids: boolean;
  gidsSince: number | null;
  /** Last year the municipality existed (merged away after it), else null. */
  lastYear: number | null;
  successorCode: string | null;
};

export type CatalogQuestion = { key: string; type: QuestionTypeCode; options: string[]; sortOrder: number };

/** What validation needs from the database, loaded once per import. */
export type ImportCatalog = {
  municipalities: Map<string, CatalogMunicipality>;
  questions: Map<string, CatalogQuestion>;
  /** Round year → keys of the questions asked in it. */
  rounds: Map<number, Set<string>>;
};

export type ValidationResult = {
  rows: ImportRowValue[];
  errors: RowError[];
  /** Years without a round that the import will create (only with createRound). */
  roundsToCreate: number[];
};
