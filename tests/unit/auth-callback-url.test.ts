import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";

describe("safe callbackUrl", () => {
  it("keeps same-site paths with query and hash", () => {
    expect(safeCallbackPath("/beheer")).toBe("/beheer");
    expect(safeCallbackPath("/gemeenten/GM0794?tab=aanpak#sporen")).toBe("/gemeenten/GM0794?tab=aanpak#sporen");
    expect(safeCallbackPath("/beheer/../adviseur")).toBe("/adviseur");
  });

  it("refuses other hosts, however they are spelled", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example/path",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "javascript:alert(1)",
      "http:/evil.example",
      " /beheer",
    ])
      expect(safeCallbackPath(bad), bad).toBeNull();
  });

  it("refuses the sign-in machinery itself and junk", () => {
    expect(safeCallbackPath("/login")).toBeNull();
    expect(safeCallbackPath("/login?callbackUrl=/beheer")).toBeNull();
    expect(safeCallbackPath("/api/auth/signout")).toBeNull();
    expect(safeCallbackPath("")).toBeNull();
    expect(safeCallbackPath(undefined)).toBeNull();
    expect(safeCallbackPath(["/beheer"])).toBeNull();
    expect(safeCallbackPath(`/${"a".repeat(3000)}`)).toBeNull();
  });
});
