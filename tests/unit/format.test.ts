import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatPercent, formatTime } from "@/lib/format";

describe("formatPercent", () => {
  it("formats a fraction as a whole percent in Dutch by default", () => {
    expect(formatPercent(0.7)).toBe("70%");
    expect(formatPercent(0.6713)).toBe("67%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(0)).toBe("0%");
  });

  it("rounds half up to the nearest whole percent", () => {
    expect(formatPercent(0.955)).toBe("96%");
    expect(formatPercent(0.784)).toBe("78%");
  });

  it("uses a decimal comma in Dutch and a point in English when decimals are asked", () => {
    expect(formatPercent(0.6713, "nl", 1)).toBe("67,1%");
    expect(formatPercent(0.6713, "en", 1)).toBe("67.1%");
  });

  it("shows a dash for values that are not numbers", () => {
    expect(formatPercent(Number.NaN)).toBe("–");
    expect(formatPercent(Number.POSITIVE_INFINITY, "en")).toBe("–");
  });
});

describe("formatNumber", () => {
  it("groups thousands with a point in Dutch and a comma in English", () => {
    expect(formatNumber(244427)).toBe("244.427");
    expect(formatNumber(244427, "en")).toBe("244,427");
  });

  it("groups four-digit numbers too", () => {
    expect(formatNumber(1234, "nl")).toBe("1.234");
  });

  it("rounds to whole numbers unless decimals are asked", () => {
    expect(formatNumber(12.6)).toBe("13");
    expect(formatNumber(1234.5, "nl", 1)).toBe("1.234,5");
  });

  it("shows a dash for NaN", () => {
    expect(formatNumber(Number.NaN)).toBe("–");
  });
});

describe("formatDate", () => {
  it("writes the month in full in the locale's language", () => {
    expect(formatDate(new Date("2026-01-01T00:00:00Z"))).toBe("1 januari 2026");
    expect(formatDate(new Date("2026-01-01T00:00:00Z"), "en")).toBe("1 January 2026");
  });

  it("accepts ISO date strings", () => {
    expect(formatDate("2021-10-15", "nl")).toBe("15 oktober 2021");
  });

  it("uses Dutch time, not the server's time zone", () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(formatDate(new Date("2025-12-31T23:30:00Z"), "nl")).toBe("1 januari 2026");
  });

  it("has a short numeric style", () => {
    expect(formatDate("2026-03-05", "nl", "short")).toBe("05-03-2026");
    expect(formatDate("2026-03-05", "en", "short")).toBe("05/03/2026");
  });

  it("shows a dash for an invalid date", () => {
    expect(formatDate("not a date")).toBe("–");
  });
});

describe("formatTime", () => {
  it("shows the time of day in Dutch time, 24-hour, to the second", () => {
    expect(formatTime(new Date("2026-01-15T13:05:09Z"))).toBe("14:05:09"); // CET
    expect(formatTime("2026-07-15T13:05:09Z", "en")).toBe("15:05:09"); // CEST
    expect(formatTime("not a date")).toBe("–");
  });
});
