import { beforeEach, describe, expect, it } from "vitest";
import {
  apply,
  CHANNEL,
  formatMessage,
  nationalVersion,
  notifyStatement,
  parseMessage,
  resetBusForTests,
  settle,
  viewerVersion,
  workspaceVersion,
} from "@/lib/cache/bus";

const ID = "0b6f2a4e-8c1d-4f4b-9a51-3d2e1c0b9a87";

describe("cache bus messages", () => {
  it("reads the national message and a viewer message with a user id, and nothing else", () => {
    expect(parseMessage("national")).toEqual({ kind: "national" });
    expect(parseMessage(`viewer:${ID.toUpperCase()}`)).toEqual({ kind: "viewer", userId: ID });
    expect(parseMessage("viewer:not-a-uuid")).toBeNull();
    expect(parseMessage("viewer:")).toBeNull();
    expect(parseMessage("nationals")).toBeNull();
    expect(parseMessage("workspace")).toEqual({ kind: "workspace" });
    expect(parseMessage("workspaces")).toBeNull();
    expect(parseMessage("sync:123.abc.7")).toEqual({ kind: "sync", token: "123.abc.7" });
    expect(parseMessage("sync:")).toBeNull();
    expect(parseMessage("sync:a b")).toBeNull();
    expect(parseMessage("")).toBeNull();
    expect(parseMessage(undefined)).toBeNull();
  });

  it("writes what it reads", () => {
    for (const m of [{ kind: "national" }, { kind: "workspace" }, { kind: "viewer", userId: ID }, { kind: "sync", token: "1.a.2" }] as const) {
      expect(parseMessage(formatMessage(m))).toEqual(m);
    }
  });

  it("publishes with pg_notify on the one channel, the payload as a parameter", () => {
    expect(notifyStatement({ kind: "viewer", userId: ID })).toEqual({ text: "select pg_notify($1, $2)", values: [CHANNEL, `viewer:${ID}`] });
  });
});

describe("cache versions", () => {
  beforeEach(() => resetBusForTests());

  it("moves the national version on a national message only", () => {
    const n = nationalVersion();
    apply({ kind: "viewer", userId: ID });
    apply({ kind: "workspace" });
    expect(nationalVersion()).toBe(n);
    apply({ kind: "national" });
    expect(nationalVersion()).toBe(n + 1);
  });

  it("moves the workspace version on a workspace message only", () => {
    const w = workspaceVersion();
    const mine = viewerVersion(ID);
    apply({ kind: "national" });
    apply({ kind: "viewer", userId: ID });
    apply({ kind: "sync", token: "nobody.waits" });
    expect(workspaceVersion()).toBe(w);
    apply({ kind: "workspace" });
    expect(workspaceVersion()).toBe(w + 1);
    expect(viewerVersion(ID)).not.toBe(mine); // the viewer message, not the workspace one
  });

  it("does not wait (and sends nothing) while this process is not listening", async () => {
    let sent = 0;
    await settle(async () => void sent++);
    expect(sent).toBe(0);
  });

  it("moves one user's version on that user's message, whatever the case of the id", () => {
    const other = "11111111-2222-4333-8444-555555555555";
    const mine = viewerVersion(ID);
    const theirs = viewerVersion(other);
    apply({ kind: "viewer", userId: ID });
    expect(viewerVersion(ID.toUpperCase())).not.toBe(mine);
    expect(viewerVersion(other)).toBe(theirs);
  });
});
