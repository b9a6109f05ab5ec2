import { describe, expect, it } from "vitest";
import { escapeCell, unescapeCell } from "@/lib/imports/cells";

describe("escapeCell (CSV formula injection)", () => {
  it.each(["=SUM(A1:A9)", "+31 6 1234", "-2", "@cmd", "\tx", "\rx"])("quotes a cell starting with a formula trigger: %j", (v) => {
    expect(escapeCell(v)).toBe(`'${v}`);
  });

  it("leaves ordinary cells alone, including a plain leading quote", () => {
    for (const v of ["", "yes", "PHYSICAL_ENVIRONMENT|PREVENTION_CARE", "'s-Hertogenbosch", "2021", "GM0794", "a=b"]) expect(escapeCell(v)).toBe(v);
  });

  it("quotes once more a cell that already looks escaped, so the inverse is exact", () => {
    expect(escapeCell("'=1")).toBe("''=1");
    expect(escapeCell("''x")).toBe("'''x");
  });
});

describe("unescapeCell", () => {
  it("is the exact inverse of escapeCell", () => {
    const samples = ["", "=1+1", "'=1", "''=1", "'s-Gravenhage", "-", "'", "''", "@", "+", "tekst met = in het midden", "'-5", "\t=x", "normaal"];
    for (const v of samples) expect(unescapeCell(escapeCell(v))).toBe(v);
  });

  it("keeps a hand-written leading quote that escaping would not have added", () => {
    expect(unescapeCell("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(unescapeCell("'=1")).toBe("=1");
  });
});
