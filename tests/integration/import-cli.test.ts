// The CLI (scripts/import-survey.ts) runs the same validator: it prints the errors with their rows and exits
// 1 without writing, and with a good file it commits and exits 0.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { useTestDatabase } from "./helpers/db";
import { GIDS, answerTableChecksum, csv, prepareCatalog } from "../fixtures/imports/db-helpers";

const database = useTestDatabase("demo");
const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "import-cli-"));

function cli(args: string[]) {
  const r = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/import-survey.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: database.url() },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout };
}

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

beforeAll(prepareCatalog);

describe("scripts/import-survey.ts", () => {
  it("prints every error with its row and writes nothing (exit 1)", async () => {
    const before = await answerTableChecksum();
    const r = cli([file("bad.csv", csv([["2021", GIDS[0]!, "approach.stage", "NOPE"], ["2021", "GM9999", "approach.stage", "AGENDA"]]))]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("row 2 [answer]: unknownOption");
    expect(r.out).toContain("row 3 [gemeentecode]: unknownMunicipality");
    expect(r.out).toContain("Nothing was imported.");
    expect(await answerTableChecksum()).toBe(before);
  });

  it("refuses a year without a round unless --create-round, which creates it CLOSED (exit 0)", async () => {
    const f = file("new-round.csv", csv([["2018", GIDS[1]!, "approach.stage", "AGENDA"]]));
    expect(cli([f]).code).toBe(1);
    const r = cli(["--create-round", f]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain("round 2018 (will be created, CLOSED)");
    expect(await db.surveyRound.findUnique({ where: { year: 2018 }, select: { status: true } })).toEqual({ status: "CLOSED" });
    const audit = await db.auditEvent.findFirst({ where: { action: "import.commit" }, orderBy: { id: "desc" }, select: { origin: true, after: true } });
    expect(audit?.origin).toMatch(/^cli /);
    expect(audit?.after).toMatchObject({ answersWritten: 1, roundsCreated: 1 });
  });

  it("exits 2 on wrong usage", () => {
    expect(cli([]).code).toBe(2);
    expect(cli(["--bogus", "x.csv"]).code).toBe(2);
  });
});
