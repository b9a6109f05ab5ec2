import { describe, expect, it } from "vitest";
import { caseloadHref, pageOfCaseload, parseCaseloadView } from "@/lib/caseload/view";

describe("caseload pages", () => {
  const rows = Array.from({ length: 44 }, (_, i) => i + 1);

  it("shows 25 rows a page, the rest on the next, and the last page for a page past the end", () => {
    expect(pageOfCaseload(rows, 1)).toMatchObject({ page: 1, pageCount: 2 });
    expect(pageOfCaseload(rows, 1).items).toEqual(rows.slice(0, 25));
    expect(pageOfCaseload(rows, 2).items).toEqual(rows.slice(25));
    expect(pageOfCaseload(rows, 9)).toMatchObject({ page: 2, items: rows.slice(25) });
    expect(pageOfCaseload([], 1)).toEqual({ items: [], page: 1, pageCount: 1 });
  });

  it("reads the page from the URL and falls back to the first for anything else", () => {
    expect(parseCaseloadView({ pagina: "2" }).pagina).toBe(2);
    for (const v of ["0", "-1", "x", "1.5", undefined]) expect(parseCaseloadView({ pagina: v }).pagina).toBe(1);
  });
});

describe("caseload links", () => {
  it("keeps filters and the sort when paging, and starts a new sort on its first page", () => {
    const view = parseCaseloadView({ sort: "deadline", signal: "followUps", q: "Hel", pagina: "2" });
    expect(caseloadHref(view, { page: 3 })).toBe("/adviseur?sort=deadline&dir=asc&signal=followUps&q=Hel&pagina=3");
    expect(caseloadHref(view, { page: 1 })).toBe("/adviseur?sort=deadline&dir=asc&signal=followUps&q=Hel");
    expect(caseloadHref(view, { sort: "deadline" })).toBe("/adviseur?sort=deadline&dir=desc&signal=followUps&q=Hel"); // flips
    expect(caseloadHref(view, { sort: "name" })).toBe("/adviseur?sort=name&dir=asc&signal=followUps&q=Hel");
    expect(caseloadHref(parseCaseloadView({}), { sort: "triage" })).toBe("/adviseur?dir=desc");
    expect(caseloadHref(parseCaseloadView({}))).toBe("/adviseur");
  });
});
