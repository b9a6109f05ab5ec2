// Shared rendered output (lib/server/shared-output.ts) on real PostgreSQL, in front of a stand-in for Next:
// a repeated national page, municipality home or caseload comes from memory for the same user only, and
// every change that affects it — national figures announced by any process, municipalities' data, the
// user's row, notifications or assignments (database triggers), the session's validity — sends the request
// to Next again.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { CHANNEL, isListening, nationalVersion, viewerVersion, workspaceVersion } from "@/lib/cache/bus";
import { createSharedOutput, type SharedOutput } from "@/lib/server/shared-output";
import { useTestDatabase } from "./helpers/db";
import { until } from "./helpers/bus";

const t = useTestDatabase("demo");
const SECRET = "shared-output-test-secret-0123456789";
const POLICY = { maxAgeSeconds: 8 * 3600, idleSeconds: 3600 };

let shared: SharedOutput;
let server: http.Server;
let base = "";
const rendered: string[] = [];
let respond: (res: http.ServerResponse) => void = () => {};

async function userId(email: string): Promise<string> {
  return (await t.sql<{ id: string }>("select id from app_user where email = $1", [email]))[0]!.id;
}

async function cookieFor(id: string, times: { authTime?: number; lastSeen?: number } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const token = await encode({ token: { sub: id, uid: id, authTime: times.authTime ?? now, lastSeen: times.lastSeen ?? now }, secret: SECRET, maxAge: 3600 });
  return `next-auth.session-token=${token}`;
}

async function get(path: string, cookie: string, headers: Record<string, string> = {}) {
  const r = await fetch(base + path, { headers: { cookie, ...headers } });
  return { status: r.status, output: r.headers.get("x-gezondin-output"), body: await r.text() };
}

beforeAll(async () => {
  shared = createSharedOutput({ databaseUrl: t.url(), secret: SECRET, policy: POLICY });
  server = http.createServer((req, res) => {
    void shared.handle(req, res, (q, s) => {
      rendered.push(q.url!);
      respond(s);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await until(isListening);
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  await shared.close();
});

let page = 0;
beforeAll(() => {
  respond = (res) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.write(`<p>page ${++page}`);
    res.end("</p>");
  };
});

describe("shared rendered output", () => {
  it("answers a repeated national page from memory for the same user, never with another user's page", async () => {
    const vws = await cookieFor(await userId("vws@gezondin.example"));
    const first = await get("/landelijk?ronde=2021", vws);
    expect(first).toMatchObject({ status: 200, output: "miss" });
    const second = await get("/landelijk?ronde=2021", vws);
    expect(second).toMatchObject({ status: 200, output: "hit", body: first.body });
    expect(rendered.filter((u) => u === "/landelijk?ronde=2021")).toHaveLength(1);

    const adviser = await cookieFor(await userId("adviseur1@gezondin.example"));
    const theirs = await get("/landelijk?ronde=2021", adviser);
    expect(theirs.output).toBe("miss");
    expect(theirs.body).not.toBe(first.body);
    expect((await get("/landelijk?ronde=2021", vws, { cookie: `${vws}; NEXT_LOCALE=en` })).output).toBe("miss"); // another locale
  });

  it("renders again once any process announces new national figures", async () => {
    const vws = await cookieFor(await userId("vws@gezondin.example"));
    await get("/api/v1/rounds/2021/results", vws);
    expect((await get("/api/v1/rounds/2021/results", vws)).output).toBe("hit");
    const version = nationalVersion();
    await t.sql("select pg_notify($1, 'national')", [CHANNEL]);
    await until(() => nationalVersion() > version);
    expect((await get("/api/v1/rounds/2021/results", vws)).output).toBe("miss");
  });

  it("renders again when the user's own data changes, and leaves a deactivated user to Next every time", async () => {
    const id = await userId("vws@gezondin.example");
    const vws = await cookieFor(id);
    await get("/landelijk/programma", vws);
    expect((await get("/landelijk/programma", vws)).output).toBe("hit");

    let version = viewerVersion(id);
    await t.sql("insert into notification (user_id, kind) values ($1, (select unnest(enum_range(null::notification_kind)) limit 1))", [id]);
    await until(() => viewerVersion(id) !== version); // the trigger announced it
    expect((await get("/landelijk/programma", vws)).output).toBe("miss");
    expect((await get("/landelijk/programma", vws)).output).toBe("hit");

    version = viewerVersion(id);
    await t.sql("update app_user set active = false where id = $1", [id]);
    await until(() => viewerVersion(id) !== version);
    const before = rendered.length;
    expect((await get("/landelijk/programma", vws)).output).not.toBe("hit"); // to Next, which refuses
    expect((await get("/landelijk/programma", vws)).output).not.toBe("hit"); // even with an answer kept
    expect(rendered.length).toBe(before + 2);
    await t.sql("update app_user set active = true where id = $1", [id]);
  });

  it("answers a repeated municipality home and caseload from memory until any municipality's data changes", async () => {
    const civil = await cookieFor(await userId("helmond@gezondin.example"));
    const adviser = await cookieFor(await userId("adviseur1@gezondin.example"));
    const vws = await cookieFor(await userId("vws@gezondin.example"));
    for (const [path, cookie] of [["/gemeenten/GM0794", civil], ["/adviseur?pagina=1", adviser], ["/landelijk/kaart?x=1", vws]] as const) {
      expect((await get(path, cookie)).output).toBe("miss");
      expect((await get(path, cookie)).output).toBe("hit");
    }
    expect((await get("/gemeenten/GM0794", adviser)).output).toBe("miss"); // the adviser's own rendering

    const version = workspaceVersion();
    await t.sql("update initiative set description = description || '.' where id = (select id from initiative where municipality_code = 'GM0794' limit 1)");
    await until(() => workspaceVersion() > version); // the tables' trigger announced it
    expect((await get("/gemeenten/GM0794", civil)).output).toBe("miss");
    expect((await get("/adviseur?pagina=1", adviser)).output).toBe("miss");
    expect((await get("/landelijk/kaart?x=1", vws)).output).toBe("hit"); // national figures are cached on their own terms
  });

  it("renders the caseload again when the adviser's assignments change", async () => {
    const id = await userId("adviseur1@gezondin.example");
    const adviser = await cookieFor(id);
    await get("/adviseur", adviser);
    expect((await get("/adviseur", adviser)).output).toBe("hit");
    const version = viewerVersion(id);
    await t.sql(
      "update adviser_assignment set valid_to = current_date where id = (select id from adviser_assignment where adviser_id = $1 and valid_to is null order by municipality_code limit 1)",
      [id],
    );
    await until(() => viewerVersion(id) !== version);
    expect((await get("/adviseur", adviser)).output).toBe("miss");
  });

  it("leaves ended sessions, anonymous requests, client navigations and other pages to Next", async () => {
    const id = await userId("vws@gezondin.example");
    const now = Math.floor(Date.now() / 1000);
    const idle = await cookieFor(id, { authTime: now - 7200, lastSeen: now - 3700 });
    const expired = await cookieFor(id, { authTime: now - 9 * 3600, lastSeen: now });
    const forged = `next-auth.session-token=${(await cookieFor(id)).split("=")[1]!.slice(0, -4)}AAAA`;
    const vws = await cookieFor(id);
    for (const [path, cookie, headers] of [
      ["/landelijk", idle, {}],
      ["/landelijk", expired, {}],
      ["/landelijk", forged, {}],
      ["/landelijk", "", {}],
      ["/landelijk", vws, { rsc: "1" }],
      ["/gemeenten/GM0794", vws, {}], // VWS may not read a municipality's workspace: never from memory
      ["/gemeenten/GM0794/initiatieven", vws, {}],
      ["/adviseur", vws, {}],
    ] as const) {
      const before = rendered.length;
      expect((await get(path, cookie, headers)).output).not.toBe("hit");
      expect((await get(path, cookie, headers)).output).not.toBe("hit");
      expect(rendered.length).toBe(before + 2);
    }
  });

  it("checks the user's role before sending a kept answer, whatever Next answered on the miss", async () => {
    const id = await userId("adviseur2@gezondin.example");
    const adviser = await cookieFor(id);
    const version = viewerVersion(id);
    await t.sql("update app_user set role = 'VWS' where id = $1", [id]); // no longer allowed the caseload
    await until(() => viewerVersion(id) !== version);
    // A miss goes to Next unchecked (the real one refuses; this stand-in answers 200, which is kept) …
    expect((await get("/adviseur?x=2", adviser)).output).toBe("miss");
    // … and the kept answer is not sent: the role may not read the caseload.
    const before = rendered.length;
    expect((await get("/adviseur?x=2", adviser)).output).not.toBe("hit");
    expect(rendered.length).toBe(before + 1);
    await t.sql("update app_user set role = 'ADVISER' where id = $1", [id]);
  });

  it("keeps only complete 200 answers that set no cookie", async () => {
    const vws = await cookieFor(await userId("vws@gezondin.example"));
    respond = (res) => {
      res.setHeader("content-type", "text/html");
      res.write("<p>half a page");
      res.destroy(); // the connection breaks off mid-answer …
      res.end("</p>"); // … and the renderer still ends its response
    };
    await expect(get("/landelijk/vragen", vws)).rejects.toThrow();
    respond = (res) => {
      res.setHeader("content-type", "text/html");
      res.end("<p>a whole page</p>");
    };
    expect(await get("/landelijk/vragen", vws)).toMatchObject({ output: "miss", body: "<p>a whole page</p>" });
    expect(await get("/landelijk/vragen", vws)).toMatchObject({ output: "hit", body: "<p>a whole page</p>" });

    respond = (res) => {
      res.statusCode = 404;
      res.setHeader("content-type", "text/html");
      res.end("not found");
    };
    await get("/landelijk/vragen/onbekend", vws);
    expect((await get("/landelijk/vragen/onbekend", vws)).output).toBe("miss");
    respond = (res) => {
      res.setHeader("content-type", "text/html");
      res.setHeader("set-cookie", "a=1");
      res.end("with a cookie");
    };
    await get("/landelijk/kaart", vws);
    expect((await get("/landelijk/kaart", vws)).output).toBe("miss");
  });
});
