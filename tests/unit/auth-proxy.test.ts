import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

const req = (path: string, init: { method?: string; cookie?: string } = {}) =>
  new NextRequest(`http://127.0.0.1:3100${path}`, { method: init.method ?? "GET", headers: init.cookie ? { cookie: init.cookie } : {} });

describe("proxy: optimistic redirects only", () => {
  it("sends an anonymous visitor of a portal page to /login with the way back", () => {
    const res = proxy(req("/beheer/gebruikers?q=helmond"));
    expect(res.status).toBe(307);
    const to = new URL(res.headers.get("location")!);
    expect(`${to.pathname}${to.search}`).toBe("/login?callbackUrl=%2Fbeheer%2Fgebruikers%3Fq%3Dhelmond");
  });

  it("lets through a request with a session cookie (the page itself checks it), also chunked and secure ones", () => {
    for (const cookie of ["next-auth.session-token=x", "__Secure-next-auth.session-token.0=x"]) {
      expect(proxy(req("/landelijk", { cookie })).headers.get("location")).toBeNull();
    }
  });

  it("does not redirect POSTs (server actions answer 'signed out' themselves)", () => {
    expect(proxy(req("/beheer/gebruikers", { method: "POST" })).headers.get("location")).toBeNull();
  });

  it("covers the portal paths but not the public list of municipalities", () => {
    expect(config.matcher).toEqual(["/gemeenten/:path+", "/adviseur/:path*", "/landelijk/:path*", "/beheer/:path*", "/meldingen/:path*", "/profiel/:path*"]);
  });
});
