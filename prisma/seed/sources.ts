// Typed access to the reference files in ./data (read once, at first use).
import { readFileSync } from "node:fs";
import path from "node:path";

const DATA_DIR = path.join(import.meta.dirname, "data");

export type GemeenteRow = {
  gemeentecode: string;
  gemeentenaam: string;
  provinciecode: string;
  provincienaam: string;
  ggdregiocode: string;
  ggdregionaam: string;
  inwoners: number;
  inwoners_peildatum: string;
  grootteklasse: number;
};

export type BankOption = { key: string; nl: string; en: string };
export type PublishedFigure = {
  round: number;
  option: string;
  percent?: number;
  percent_min?: number;
  subgroup?: string;
  note?: string;
};
export type BankQuestionType = "boolean" | "single" | "multi" | "likert_help" | "text";
export type BankQuestion = {
  key: string;
  section: string;
  type: BankQuestionType;
  rounds: number[];
  nl: string;
  en: string;
  options?: BankOption[];
  published?: PublishedFigure[];
};
export type QuestionBank = {
  sections: { key: string; nl: string; en: string }[];
  questions: BankQuestion[];
  response: { published: { round: number; response_rate_percent: number }[] };
};

let gemeenten: GemeenteRow[] | undefined;
let bank: QuestionBank | undefined;

export function loadGemeenten(): GemeenteRow[] {
  gemeenten ??= JSON.parse(readFileSync(path.join(DATA_DIR, "gemeenten_2025.json"), "utf8")) as GemeenteRow[];
  return gemeenten;
}

export function loadQuestionBank(): QuestionBank {
  bank ??= JSON.parse(readFileSync(path.join(DATA_DIR, "questionnaire.json"), "utf8")) as QuestionBank;
  return bank;
}

/** The options stored for a question: likert_help questions get the three fixed levels. */
export const LIKERT_OPTIONS: BankOption[] = [
  { key: "NOT_HELPED", nl: "Niet geholpen", en: "Did not help" },
  { key: "HELPED", nl: "Geholpen", en: "Helped" },
  { key: "STRONGLY_HELPED", nl: "Sterk geholpen", en: "Helped a lot" },
];

export function optionsOf(q: BankQuestion): BankOption[] {
  if (q.type === "likert_help") return LIKERT_OPTIONS;
  return q.options ?? [];
}

/** Conditional questions: asked only when the boolean condition is answered "yes". */
export const CONDITIONS: Record<string, string> = {
  "monitoring.levels": "monitoring.attention",
  "anchoring.methods": "anchoring.attention",
  "residents.methods": "residents.low_ses_involved",
};

/** Multi questions where choosing nothing is a legitimate answer (so they are not required). */
export const MAY_BE_EMPTY = new Set(["funding.supplements", "reflection.inhibitors"]);

export const ROUND_YEARS = [2015, 2019, 2021, 2026] as const;
export const OPEN_ROUND = 2026;
