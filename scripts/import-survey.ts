// Imports survey answers from a CSV or XLSX file in the long format (round, gemeentecode, question, answer)
// with the same validator as the admin screen (lib/imports/pipeline.ts).
//   npm run import:survey -- [--create-round] [--dry-run] <file.csv|file.xlsx>
// Prints the preview and every error; commits in one transaction when there are none.
// Exit code: 0 committed · 1 errors in the file (nothing written) · 2 usage or failure · 3 dry run.
import { readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { createTranslator } from "next-intl";
import { expireTags } from "../lib/cache/expire";
import { SURVEY_WRITE } from "../lib/cache/tags";
import { PrismaClient } from "../lib/generated/prisma/client";
import { commitImportJob, validateImportData, type AuditWriter, type StoredSummary } from "../lib/imports/pipeline";
import type { RowError } from "../lib/imports/types";
import nl from "../messages/nl.json";

const USAGE = "usage: import-survey [--create-round] [--dry-run] <file.csv|file.xlsx>";
const t = createTranslator({ locale: "nl", messages: nl }) as unknown as (key: string, values?: Record<string, string>) => string;

function parseArgs(argv: string[]): { file: string; createRound: boolean; dryRun: boolean } {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const files = argv.filter((a) => !a.startsWith("--"));
  const unknown = [...flags].filter((f) => f !== "--create-round" && f !== "--dry-run");
  if (files.length !== 1 || unknown.length) throw new Error(unknown.length ? `unknown option ${unknown.join(" ")}\n${USAGE}` : USAGE);
  return { file: files[0]!, createRound: flags.has("--create-round"), dryRun: flags.has("--dry-run") };
}

function printPreview(summary: StoredSummary): void {
  const s = summary.totals;
  console.log(`\nrows ${s.rows} · new ${s.new} · changed ${s.changed} · unchanged ${s.unchanged} · responses created ${s.responsesCreated} · set to ACCEPTED ${s.responsesAccepted}`);
  for (const r of summary.rounds) {
    console.log(`  round ${r.year}${r.createRound ? " (will be created, CLOSED)" : ""}: ${r.municipalities} municipalities, ${r.rows} rows (${r.new} new, ${r.changed} changed, ${r.unchanged} unchanged)`);
  }
  for (const q of summary.questions) console.log(`    ${q.key.padEnd(34)} ${String(q.rows).padStart(7)} rows  ${q.new} new  ${q.changed} changed  ${q.unchanged} unchanged`);
}

function printErrors(errors: readonly RowError[]): void {
  console.log(`\n${errors.length} error(s):`);
  for (const e of errors) {
    const reason = t(`imports.errors.code.${e.code}`, { detail: e.detail ?? "", value: e.value ?? "" });
    console.log(`  row ${e.row}${e.field ? ` [${e.field}]` : ""}: ${e.code} — ${reason}${e.value !== undefined ? ` (value: ${JSON.stringify(e.value)})` : ""}`);
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (run through `npm run import:survey`, which provides it)");
  const data = new Uint8Array(readFileSync(args.file));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 3 }) });
  const origin = `cli ${os.userInfo().username}@${os.hostname()}`;
  const audit: AuditWriter = async (tx, e) => {
    await tx.auditEvent.create({ data: { action: e.action, entity: e.entity, entityId: e.entityId, after: e.after as object, origin } });
  };
  try {
    const job = await prisma.importJob.create({
      data: { fileName: path.basename(args.file), fileSize: statSync(args.file).size, createRound: args.createRound, status: "VALIDATING", origin },
    });
    const progress = async (phase: string, done: number, total: number) => void process.stderr.write(`\r${phase} ${done}/${total}        `);
    const result = await validateImportData(prisma, job.id, data, { createRound: args.createRound, onProgress: progress });
    process.stderr.write("\n");
    printPreview(result.summary);
    if (!result.valid) {
      printErrors(result.errors);
      console.log("\nNothing was imported.");
      return 1;
    }
    if (args.dryRun) {
      await prisma.importJob.update({ where: { id: job.id }, data: { status: "DISCARDED" } });
      console.log("\nDry run: nothing was imported.");
      return 3;
    }
    const counts = await commitImportJob(prisma, job.id, { actorId: null, audit, onProgress: progress });
    // Running servers' cached national figures expire (lib/cache/expire.ts): the import shows at once.
    await expireTags(SURVEY_WRITE);
    process.stderr.write("\n");
    console.log(`\nImported: ${counts.answersWritten} answers written, ${counts.responsesCreated} responses created, ${counts.responsesAccepted} set to ACCEPTED, ${counts.roundsCreated} rounds created.`);
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
