// The GIDS list and municipal mergers on real PostgreSQL: preview, then commit of the same file; a merged-away
// municipality keeps its history and can receive older answers; the municipalities API lists all of it.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("@/lib/auth/origin", () => ({ assertSameOrigin: async () => {}, requestOrigin: async () => "test" }));
vi.mock("next/cache", () => ({ cacheTag: () => {}, cacheLife: () => {}, revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { commitImportJob, validateImportData } from "@/lib/imports/pipeline";
import { importGidsList, importMergers } from "@/lib/municipality-admin/actions";
import { GET } from "@/app/api/v1/municipalities/route";
import { useTestDatabase } from "./helpers/db";
import { csv } from "../fixtures/imports/db-helpers";
import { failure, form } from "../fixtures/imports/action-mocks";

useTestDatabase("demo");

const upload = (mode: "preview" | "commit", text: string, checksum = "") => {
  const f = form({ mode, checksum });
  f.set("file", new Blob([text], { type: "text/csv" }), "lijst.csv");
  return f;
};

beforeAll(async () => {
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@gezondin.example" }, select: { id: true } });
  h.viewer = await loadViewer(admin.id, "session");
});

describe("GIDS list", () => {
  it("previews, then commits exactly the previewed file; the list replaces the old one", async () => {
    const text = "gemeentecode,jaar\nGM0794,2014\nGM0014,2019\n";
    const preview = await importGidsList(null, upload("preview", text));
    expect(preview).toMatchObject({ ok: true, data: { committed: false, errors: [] } });
    const data = preview && preview.ok ? preview.data! : null;
    const gidsBefore = await db.municipality.count({ where: { isGids: true } });
    expect(data!.counts.removed).toBe(gidsBefore - (data!.counts.unchanged! + data!.counts.changed!));

    expect(failure(await importGidsList(null, upload("commit", `${text}GM0307,2014\n`, data!.checksum)))).toBe("municipalityAdmin.errors.fileChanged");
    expect(await db.municipality.count({ where: { isGids: true } })).toBe(gidsBefore);

    expect(await importGidsList(null, upload("commit", text, data!.checksum))).toMatchObject({ ok: true, data: { committed: true } });
    const gids = await db.municipality.findMany({ where: { isGids: true }, select: { code: true, gidsSince: true }, orderBy: { code: "asc" } });
    expect(gids).toEqual([{ code: "GM0014", gidsSince: 2019 }, { code: "GM0794", gidsSince: 2014 }]);
    expect(await db.auditEvent.count({ where: { action: "municipality.importGidsList" } })).toBe(1);
  });

  it("commits nothing while the file has errors", async () => {
    const text = "gemeentecode,jaar\nGM9999,2014\n";
    const preview = await importGidsList(null, upload("preview", text));
    const data = preview && preview.ok ? preview.data! : null;
    expect(data!.errors).toEqual([{ row: 2, code: "unknownMunicipality", value: "GM9999" }]);
    expect(failure(await importGidsList(null, upload("commit", text, data!.checksum)))).toBe("municipalityAdmin.errors.hasErrors");
  });
});

describe("mergers", () => {
  const text = "gemeentecode,naam,opvolger,datum,gids_sinds\nGM0416,Langedijk,GM1980,2022-01-01,2014\n";

  it("creates the old municipality with its successor, so older answers can be imported for it", async () => {
    const preview = await importMergers(null, upload("preview", text));
    const data = preview && preview.ok ? preview.data! : null;
    expect(data!.counts).toMatchObject({ created: 1, updated: 0 });
    expect(await importMergers(null, upload("commit", text, data!.checksum))).toMatchObject({ ok: true, data: { committed: true } });
    const old = await db.municipality.findUniqueOrThrow({ where: { code: "GM0416" }, select: { validTo: true, successorCode: true, isGids: true, provinceCode: true } });
    const successor = await db.municipality.findUniqueOrThrow({ where: { code: "GM1980" }, select: { provinceCode: true } });
    expect(old).toMatchObject({ successorCode: "GM1980", isGids: true, provinceCode: successor.provinceCode });
    expect(old.validTo?.toISOString().slice(0, 10)).toBe("2021-12-31");

    const job = await db.importJob.create({ data: { fileName: "langedijk.csv", fileSize: 1, status: "VALIDATING" } });
    const bytes = new TextEncoder().encode(csv([["2021", "GM0416", "approach.stage", "AGENDA"], ["2026", "GM0416", "approach.stage", "AGENDA"]]));
    const result = await validateImportData(db, job.id, bytes, { createRound: false });
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([[3, "municipalityEnded"]]);
    const ok = await db.importJob.create({ data: { fileName: "langedijk.csv", fileSize: 1, status: "VALIDATING" } });
    expect((await validateImportData(db, ok.id, bytes.slice(0, bytes.indexOf(10, 60) + 1), { createRound: false })).valid).toBe(true);
    await commitImportJob(db, ok.id, { actorId: null, audit: async () => {} });
    expect(await db.surveyResponse.count({ where: { municipalityCode: "GM0416" } })).toBe(1);
  });

  it("is listed by the municipalities API with its successor (JSON and CSV)", async () => {
    const json = (await (await GET(new Request("http://127.0.0.1:3100/api/v1/municipalities"))).json()) as { municipalities: { code: string; successorCode: string | null; validTo: string | null }[] };
    expect(json.municipalities.find((m) => m.code === "GM0416")).toMatchObject({ successorCode: "GM1980", validTo: "2021-12-31" });
    const csvText = await (await GET(new Request("http://127.0.0.1:3100/api/v1/municipalities?format=csv"))).text();
    expect(csvText.split("\r\n")[0]).toBe("code,name,province_code,province,ggd_region_code,ggd_region,population,population_date,size_class,is_gids,gids_since,valid_to,successor_code");
    expect(csvText).toContain("GM0416,Langedijk,");
  });

  it("answers 401 without a viewer", async () => {
    h.viewer = null;
    expect((await GET(new Request("http://127.0.0.1:3100/api/v1/municipalities"))).status).toBe(401);
  });
});
