// The workspace part of the cache bus (lib/cache/bus.ts, migration 20261206100000_cache_bus_workspace) on
// real PostgreSQL: every write to what a municipality home or a caseload shows announces itself once per
// statement, whichever connection made it; assignments announce the adviser; a sign-in announces nothing
// the pages show; settle() waits until this process has heard its own committed writes; and the users and
// unread counts this process keeps in memory follow the announcements.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadViewer, userName } from "@/lib/auth/load-viewer";
import { isListening, settle, startListening, viewerVersion, workspaceVersion } from "@/lib/cache/bus";
import { db } from "@/lib/db";
import { countUnread } from "@/lib/notifications/queries";
import { useTestDatabase } from "./helpers/db";
import { isViewer, until, watchBus, type BusWatcher } from "./helpers/bus";

const t = useTestDatabase("demo");
let bus: BusWatcher;

const isWorkspace = (m: { kind: string }) => m.kind === "workspace";
const send = (text: string, values: string[]) => db.$executeRawUnsafe(text, ...values);

async function userId(email: string): Promise<string> {
  return (await t.sql<{ id: string }>("select id from app_user where email = $1", [email]))[0]!.id;
}

/** Runs statements in one transaction on a connection of its own (another process, as far as the bus knows). */
async function elsewhere(...statements: [string, unknown[]?][]): Promise<void> {
  const client = new pg.Client({ connectionString: t.url() });
  await client.connect();
  try {
    await client.query("begin");
    for (const [text, values] of statements) await client.query(text, values ?? []);
    await client.query("commit");
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  bus = await watchBus(t.url());
  startListening(t.url());
  await until(isListening);
});

afterAll(async () => {
  await bus.close();
});

describe("workspace announcements", () => {
  it("announce a change to municipalities' data once per transaction, however many rows and statements", async () => {
    bus.seen.length = 0;
    await elsewhere(
      ["update initiative set description = description || '.' where municipality_code = 'GM0794'"],
      ["update approach set updated_at = now() where municipality_code = 'GM0794'"],
      ["select pg_notify('gezondin_cache', 'viewer:00000000-0000-4000-8000-000000000000')"], // a marker: the transaction's messages have all arrived
    );
    await bus.expect(isViewer("00000000-0000-4000-8000-000000000000"));
    expect(bus.seen.filter(isWorkspace)).toHaveLength(1);
  });

  it("come from answers, advice, follow-ups, rounds and municipalities too", async () => {
    for (const statement of [
      "update answer set value_text = value_text where id = (select id from answer limit 1)",
      "update advice_entry set notes = notes where id = (select id from advice_entry limit 1)",
      "update follow_up set due_date = due_date where id = (select id from follow_up limit 1)",
      "update survey_round set status = status where year = 2026",
      "update municipality set name = name where code = 'GM0794'",
    ]) {
      bus.seen.length = 0;
      await elsewhere([statement]);
      await bus.expect(isWorkspace);
    }
  });

  it("announce a change to an adviser's assignments to the adviser as well", async () => {
    const adviser = await userId("adviseur1@gezondin.example");
    bus.seen.length = 0;
    await elsewhere([
      "update adviser_assignment set valid_to = current_date where id = (select id from adviser_assignment where adviser_id = $1 and valid_to is null order by municipality_code limit 1)",
      [adviser],
    ]);
    await bus.expect(isViewer(adviser));
    await bus.expect(isWorkspace);
  });

  it("leave a sign-in out: it changes the user's row but nothing the pages show", async () => {
    const id = await userId("helmond@gezondin.example");
    bus.seen.length = 0;
    await elsewhere(["update app_user set last_login_at = now(), updated_at = now() where id = $1", [id]]);
    await bus.expect(isViewer(id)); // the same transaction's messages arrive together
    expect(bus.seen.filter(isWorkspace)).toHaveLength(0);
    await elsewhere(["update app_user set name = name where id = $1", [id]]);
    await bus.expect(isWorkspace);
  });
});

describe("settle()", () => {
  it("returns once its own token has come back over the channel, not when the token was sent", async () => {
    const sent: string[] = [];
    const started = performance.now();
    // The token reaches PostgreSQL 300 ms after `send` has returned: settle must still wait for it …
    await settle(async (text, values) => {
      sent.push(values[1]!);
      setTimeout(() => void send(text, values).then(() => {}), 300); // (a Prisma query runs once awaited)
    });
    const waited = performance.now() - started;
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^sync:/);
    expect(waited).toBeGreaterThanOrEqual(290);
    expect(waited).toBeLessThan(1900); // … and no longer than that (its own limit is 2 s)
  });

  it("gives up after its limit when the token never comes back", async () => {
    const started = performance.now();
    await settle(async () => {}, 200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("after a write committed elsewhere, finds this process already knowing about it", async () => {
    for (let i = 0; i < 5; i++) {
      const before = workspaceVersion();
      await elsewhere(["update initiative set description = description where id = (select id from initiative limit 1)"]);
      await settle(send);
      expect(workspaceVersion()).toBeGreaterThan(before);
    }
  });
});

describe("what this process keeps about users", () => {
  it("keeps a user as read until a change to the user is announced", async () => {
    const id = await userId("helmond@gezondin.example");
    const before = await loadViewer(id, "session");
    expect(before?.name).toBeTruthy();
    // A change that announces nothing (triggers off for this one transaction) is not seen: the memory is used …
    await elsewhere(["set local session_replication_role = replica"], ["update app_user set name = 'Stil Veranderd' where id = $1", [id]]);
    expect((await loadViewer(id, "session"))?.name).toBe(before!.name);
    expect(await userName(id)).toBe(before!.name);
    // … and the announced change is seen at once after it arrived.
    const version = viewerVersion(id);
    await elsewhere(["update app_user set role = role where id = $1", [id]]);
    await until(() => viewerVersion(id) !== version);
    expect((await loadViewer(id, "session"))?.name).toBe("Stil Veranderd");
    expect(await userName(id)).toBe("Stil Veranderd");

    const v2 = viewerVersion(id);
    await elsewhere(["update app_user set active = false where id = $1", [id]]);
    await until(() => viewerVersion(id) !== v2);
    expect(await loadViewer(id, "session")).toBeNull();
    await elsewhere(["update app_user set active = true, name = $2 where id = $1", [id, before!.name]]);
  });

  it("keeps an unread count until the user's notifications change", async () => {
    const id = await userId("adviseur1@gezondin.example");
    const viewer = (await loadViewer(id, "session"))!;
    const today = new Date();
    const n = await countUnread(viewer, today); // syncs due follow-ups first (once a minute)
    expect(await countUnread(viewer, today)).toBe(n);
    const version = viewerVersion(id);
    await elsewhere(["insert into notification (user_id, kind) values ($1, 'QUESTIONNAIRE_SUBMITTED')", [id]]);
    await until(() => viewerVersion(id) !== version);
    expect(await countUnread(viewer, today)).toBe(n + 1);
    const v2 = viewerVersion(id);
    await elsewhere(["update notification set read_at = now() where user_id = $1 and read_at is null", [id]]);
    await until(() => viewerVersion(id) !== v2);
    expect(await countUnread(viewer, today)).toBe(0);
  });
});
