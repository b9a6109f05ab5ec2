import { beforeEach, describe, expect, it } from "vitest";
import { apply, CHANNEL, formatMessage, nationalVersion, notifyStatement, parseMessage, resetBusForTests, viewerVersion } from "@/lib/cache/bus";

const ID = "0b6f2a4e-8c1d-4f4b-9a51-3d2e1c0b9a87";

describe("cache bus messages", () => {
  it("reads the national message and a viewer message with a user id, and nothing else", () => {
    expect(parseMessage("national")).toEqual({ kind: "national" });
    expect(parseMessage(`viewer:${ID.toUpperCase()}`)).toEqual({ kind: "viewer", userId: ID });
    expect(parseMessage("viewer:not-a-uuid")).toBeNull();
    expect(parseMessage("viewer:")).toBeNull();
    expect(parseMessage("nationals")).toBeNull();
    expect(parseMessage("")).toBeNull();
    expect(parseMessage(undefined)).toBeNull();
  });

  it("writes what it reads", () => {
    for (const m of [{ kind: "national" } as const, { kind: "viewer", userId: ID } as const]) expect(parseMessage(formatMessage(m))).toEqual(m);
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
    expect(nationalVersion()).toBe(n);
    apply({ kind: "national" });
    expect(nationalVersion()).toBe(n + 1);
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
