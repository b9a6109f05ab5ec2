// A valid answers file in the import's long format (round, gemeentecode, question, answer), generated from
// the question bank: every question type represented. Used by the import tests and by `npm run bench`
// (100,000 rows). Pure: the caller reads the questions from the database.

export type BankQuestion = { key: string; type: string; options: readonly string[] };

const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function answerFor(q: BankQuestion, i: number): string {
  switch (q.type) {
    case "BOOLEAN":
      return i % 2 ? "yes" : "no";
    case "MULTI":
      return q.options.filter((_, k) => (i >> k) & 1).join("|");
    case "TEXT":
      return `Antwoord ${i}, met "aanhalingstekens"`;
    default:
      return q.options[i % q.options.length]!;
  }
}

/** `rows` rows over `codes` × `questions`, filling year after year from `firstYear`. */
export function answerFileText(questions: readonly BankQuestion[], codes: readonly string[], rows: number, firstYear: number): { text: string; years: number[] } {
  const lines = ["round,gemeentecode,question,answer"];
  const years = new Set<number>();
  const perYear = codes.length * questions.length;
  for (let i = 0; i < rows; i++) {
    const year = firstYear + Math.floor(i / perYear);
    const code = codes[Math.floor(i / questions.length) % codes.length]!;
    const q = questions[i % questions.length]!;
    years.add(year);
    lines.push([String(year), code, q.key, answerFor(q, i)].map(cell).join(","));
  }
  return { text: lines.join("\n") + "\n", years: [...years] };
}
