// Export of a round's answers in the import's long format (CSV and XLSX), so that export → import is a
// round trip. Framework-free (the route handler checks the viewer). Only answers that count are exported:
// those of SUBMITTED and ACCEPTED responses, which an import would also leave ACCEPTED and unchanged.
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { escapeCell } from "./cells";
import type { DbClient } from "./store";
import { IMPORT_COLUMNS } from "./types";

export type ExportRow = { round: number; gemeentecode: string; question: string; answer: string };
type AnswerRow = { code: string; question_key: string; type: string; value_bool: boolean | null; value_text: string | null; choices: string[] };

/** The cell of one stored answer, or null when it holds no value of its type (nothing to export). */
export function answerCell(a: Pick<AnswerRow, "type" | "value_bool" | "value_text" | "choices">): string | null {
  switch (a.type) {
    case "BOOLEAN":
      return a.value_bool === null ? null : a.value_bool ? "yes" : "no";
    case "TEXT":
      return a.value_text;
    case "MULTI":
      return a.choices.join("|");
    default:
      return a.choices.length === 1 ? a.choices[0]! : null;
  }
}

export async function exportRows(db: DbClient, year: number): Promise<ExportRow[] | null> {
  const round = await db.surveyRound.findUnique({ where: { year }, select: { id: true } });
  if (!round) return null;
  const rows = await db.$queryRaw<AnswerRow[]>`
    select r.municipality_code as code, a.question_key, q.type::text as type, a.value_bool, a.value_text,
      coalesce(array_agg(ac.option_key order by o.sort_order, ac.option_key) filter (where ac.option_key is not null), '{}') as choices
    from survey_response r
    join answer a on a.response_id = r.id
    join question q on q.key = a.question_key
    left join round_question rq on rq.round_id = r.round_id and rq.question_key = a.question_key
    left join answer_choice ac on ac.answer_id = a.id
    left join question_option o on o.question_key = ac.question_key and o.key = ac.option_key
    where r.round_id = ${round.id}::uuid and r.status in ('SUBMITTED', 'ACCEPTED')
    group by r.municipality_code, a.question_key, q.type, a.value_bool, a.value_text, rq.sort_order
    order by r.municipality_code, rq.sort_order nulls last, a.question_key`;
  const out: ExportRow[] = [];
  for (const r of rows) {
    const answer = answerCell(r);
    if (answer !== null) out.push({ round: year, gemeentecode: r.code, question: r.question_key, answer });
  }
  return out;
}

/** CSV (UTF-8 with BOM so Excel reads the accents; every cell formula-safe). */
export function toCsv(rows: readonly ExportRow[]): string {
  const body = stringify(
    rows.map((r) => [String(r.round), r.gemeentecode, r.question, r.answer].map(escapeCell)),
    { header: true, columns: [...IMPORT_COLUMNS], record_delimiter: "\r\n" },
  );
  return `\uFEFF${body}`;
}

export async function toXlsx(rows: readonly ExportRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("answers");
  sheet.addRow([...IMPORT_COLUMNS]);
  // Every cell a plain string (never a formula), escaped like the CSV so both formats import the same way.
  for (const r of rows) sheet.addRow([String(r.round), r.gemeentecode, r.question, r.answer].map(escapeCell));
  sheet.columns.forEach((c, i) => (c.width = [8, 14, 32, 48][i]));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
