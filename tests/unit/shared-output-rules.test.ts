import { describe, expect, it } from "vitest";
import {
  amsterdamDay,
  outputKey,
  parseCookies,
  sessionToken,
  sessionUser,
  sharedOutputPath,
  sharedOutputRequest,
  storableHeaders,
} from "@/lib/server/shared-output-rules";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("which requests may be answered from memory", () => {
  it("takes plain GETs of the national pages and the round-results API", () => {
    expect(sharedOutputPath(get("/landelijk"))).toBe("/landelijk");
    expect(sharedOutputPath(get("/landelijk?ronde=2024"))).toBe("/landelijk?ronde=2024");
    expect(sharedOutputPath(get("/landelijk/kaart?vraag=approach.tracks"))).toBe("/landelijk/kaart?vraag=approach.tracks");
    expect(sharedOutputPath(get("/landelijk/vragen/approach.tracks"))).toBe("/landelijk/vragen/approach.tracks");
    expect(sharedOutputPath(get("/api/v1/rounds/2021/results?format=csv"))).toBe("/api/v1/rounds/2021/results?format=csv");
  });

  it("takes a municipality's home and the caseload, each with the permission its stored answers need", () => {
    expect(sharedOutputRequest(get("/gemeenten/GM0794"))).toEqual({
      url: "/gemeenten/GM0794",
      route: { name: "home", permission: ["read", "municipality"], workspace: true },
    });
    expect(sharedOutputRequest(get("/adviseur?signal=followUps&pagina=2"))).toEqual({
      url: "/adviseur?signal=followUps&pagina=2",
      route: { name: "caseload", permission: ["read", "advice"], workspace: true },
    });
    expect(sharedOutputRequest(get("/landelijk"))?.route).toEqual({ name: "national", permission: ["read", "national"], workspace: false });
    expect(sharedOutputRequest(get("/api/v1/rounds/2021/results"))?.route).toEqual({ name: "results", permission: ["read", "national"], workspace: false });
  });

  it("leaves every other page and API to Next", () => {
    for (const url of [
      "/",
      "/gemeenten/GM0794/initiatieven",
      "/gemeenten/GM0794/",
      "/gemeenten/gm0794",
      "/gemeenten/GM07945",
      "/adviseurs",
      "/adviseur/x",
      "/landelijkheid",
      "/api/v1/rounds/2021/export",
      "/api/v1/me",
      "/beheer",
    ]) {
      expect(sharedOutputPath(get(url))).toBeNull();
    }
  });

  it("never takes other methods, client-side navigations, prefetches, server actions, ranges or API tokens", () => {
    expect(sharedOutputPath({ method: "POST", url: "/landelijk", headers: {} })).toBeNull();
    expect(sharedOutputPath({ method: "HEAD", url: "/landelijk", headers: {} })).toBeNull();
    for (const h of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "authorization", "range"]) {
      expect(sharedOutputPath(get("/landelijk", { [h]: "1" }))).toBeNull();
    }
    expect(sharedOutputPath(get("/landelijk?_rsc=abc12"))).toBeNull();
  });
});

describe("the day an answer belongs to", () => {
  it("is the calendar day in the Netherlands, in winter and in summer time", () => {
    expect(amsterdamDay(new Date("2026-12-06T22:59:59Z"))).toBe("2026-12-06");
    expect(amsterdamDay(new Date("2026-12-06T23:00:00Z"))).toBe("2026-12-07"); // midnight CET
    expect(amsterdamDay(new Date("2026-07-01T21:59:59Z"))).toBe("2026-07-01");
    expect(amsterdamDay(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02"); // midnight CEST
  });
});

describe("cookies and the session", () => {
  it("reads cookies, the first of a repeated name winning", () => {
    const c = parseCookies("a=1; NEXT_LOCALE=en; a=2; broken; =x; b=x=y");
    expect([...c]).toEqual([["a", "1"], ["NEXT_LOCALE", "en"], ["b", "x=y"]]);
    expect(parseCookies(undefined).size).toBe(0);
  });

  it("finds next-auth's session cookie, secure or not, but not a chunked one", () => {
    expect(sessionToken(parseCookies("next-auth.session-token=abc"))).toBe("abc");
    expect(sessionToken(parseCookies("__Secure-next-auth.session-token=def"))).toBe("def");
    expect(sessionToken(parseCookies("next-auth.session-token.0=abc; next-auth.session-token.1=def"))).toBeNull();
  });

  it("accepts a decoded session only when it has a user, has not expired and is active by the portal's limits", () => {
    const active = () => "active";
    const now = 1_000_000;
    expect(sessionUser({ uid: "ABC", exp: now + 10 }, now, active)).toBe("abc");
    expect(sessionUser({ uid: "abc", exp: now }, now, active)).toBeNull();
    expect(sessionUser({ exp: now + 10 }, now, active)).toBeNull();
    expect(sessionUser(null, now, active)).toBeNull();
    const seen: unknown[] = [];
    expect(sessionUser({ uid: "abc", authTime: 5, lastSeen: 6 }, now, (t) => (seen.push(t), "idle"))).toBeNull();
    expect(seen).toEqual([{ authTime: 5, lastSeen: 6 }]);
  });
});

describe("the key and what is kept", () => {
  it("differs by user, locale, accepted encoding and URL, and by nothing else", () => {
    const r = get("/landelijk", { "accept-encoding": "gzip", "user-agent": "A" });
    const base = outputKey("u1", "/landelijk", r, parseCookies("x=1"));
    expect(outputKey("u1", "/landelijk", { ...r, headers: { ...r.headers, "user-agent": "B" } }, parseCookies("y=2"))).toBe(base);
    expect(outputKey("u1", "/landelijk", r, parseCookies("NEXT_LOCALE=nl"))).toBe(base); // Dutch is the default
    expect(outputKey("u1", "/landelijk", r, parseCookies("NEXT_LOCALE=en"))).not.toBe(base);
    expect(outputKey("u2", "/landelijk", r, parseCookies(""))).not.toBe(base);
    expect(outputKey("u1", "/landelijk?ronde=2024", r, parseCookies(""))).not.toBe(base);
    expect(outputKey("u1", "/landelijk", get("/landelijk", { "accept-encoding": "br" }), parseCookies(""))).not.toBe(base);
  });

  it("keeps content headers, drops per-response ones, and refuses a response that sets a cookie or has no type", () => {
    expect(
      storableHeaders({ "Content-Type": "text/html", vary: "rsc", "content-encoding": "gzip", "transfer-encoding": "chunked", "content-length": "5", date: "x", "x-gezondin-output": "miss", etag: undefined }),
    ).toEqual({ "content-type": "text/html", vary: "rsc", "content-encoding": "gzip" });
    expect(storableHeaders({ "content-type": "text/html", "set-cookie": ["a=1"] })).toBeNull();
    expect(storableHeaders({ vary: "rsc" })).toBeNull();
  });
});
