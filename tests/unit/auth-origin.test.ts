import { describe, expect, it } from "vitest";
import { clientAddress, expectedOrigins, isAllowedOrigin } from "@/lib/auth/origin-policy";

describe("same-origin check", () => {
  const direct = expectedOrigins({ host: "127.0.0.1:3100", forwardedProto: "http" });

  it("accepts the request's own origin", () => {
    expect(direct).toEqual(["http://127.0.0.1:3100"]);
    expect(isAllowedOrigin("http://127.0.0.1:3100", direct)).toBe(true);
  });

  it("refuses a missing, 'null' or foreign Origin", () => {
    expect(isAllowedOrigin(null, direct)).toBe(false);
    expect(isAllowedOrigin("", direct)).toBe(false);
    expect(isAllowedOrigin("null", direct)).toBe(false);
    expect(isAllowedOrigin("https://evil.example", direct)).toBe(false);
    expect(isAllowedOrigin("http://127.0.0.1:3101", direct)).toBe(false);
    expect(isAllowedOrigin("https://127.0.0.1:3100", direct)).toBe(false); // other scheme
    expect(isAllowedOrigin("not a url", direct)).toBe(false);
  });

  it("behind a reverse proxy uses the forwarded host and protocol, and the configured URL", () => {
    const proxied = expectedOrigins({
      host: "10.0.0.5:3000",
      forwardedHost: "portaal.gezondin.nl, 10.0.0.1",
      forwardedProto: "https",
      configuredUrl: "https://portaal.gezondin.nl/",
    });
    expect(isAllowedOrigin("https://portaal.gezondin.nl", proxied)).toBe(true);
    expect(isAllowedOrigin("http://portaal.gezondin.nl", proxied)).toBe(false);
    expect(isAllowedOrigin("https://portaal.gezondin.nl.evil.example", proxied)).toBe(false);
  });

  it("normalises default ports and case", () => {
    const o = expectedOrigins({ host: "Portaal.Example:443", forwardedProto: "https" });
    expect(isAllowedOrigin("https://portaal.example", o)).toBe(true);
  });
});

describe("client address for rate limiting", () => {
  it("takes the right-most forwarded address (the one our proxy added)", () => {
    expect(clientAddress("203.0.113.9, 198.51.100.7")).toBe("198.51.100.7");
    expect(clientAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
  });
  it("falls back to X-Real-IP, then 'unknown'", () => {
    expect(clientAddress(null, "192.0.2.1")).toBe("192.0.2.1");
    expect(clientAddress("", null)).toBe("unknown");
    expect(clientAddress("x".repeat(100))).toBe("unknown");
  });
});
