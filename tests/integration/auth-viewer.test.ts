// getViewer re-reads the user on every request: deactivation, a role change or an ended membership take
// effect on the next request, not when the session token expires.
import { beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("next-auth/next", () => ({ getServerSession: async () => session.current }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

import { db } from "@/lib/db";
import { getViewer, requireViewer } from "@/lib/auth/viewer";
import { HOME } from "./auth-fixtures/personas";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("demo");

let servantId: string;
beforeAll(async () => {
  servantId = (await db.user.findUniqueOrThrow({ where: { email: "helmond@gezondin.example" }, select: { id: true } })).id;
});

describe("getViewer", () => {
  it("is null without a session, or with a session of an unknown user", async () => {
    session.current = null;
    expect(await getViewer()).toBeNull();
    session.current = { user: { id: "00000000-0000-4000-8000-000000000000" } };
    expect(await getViewer()).toBeNull();
    session.current = { user: { id: "not-a-uuid" } };
    expect(await getViewer()).toBeNull();
  });

  it("gives the civil servant with their current municipality", async () => {
    session.current = { user: { id: servantId } };
    expect(await getViewer()).toMatchObject({ id: servantId, role: "CIVIL_SERVANT", municipalityCode: HOME, via: "session" });
  });

  it("follows the database, not the session: membership, role and deactivation", async () => {
    session.current = { user: { id: servantId } };
    await db.membership.updateMany({ where: { userId: servantId, validTo: null }, data: { validTo: new Date() } });
    expect(await getViewer()).toMatchObject({ role: "CIVIL_SERVANT", municipalityCode: null });

    await db.user.update({ where: { id: servantId }, data: { role: "VWS" } });
    expect(await getViewer()).toMatchObject({ role: "VWS" });

    await db.user.update({ where: { id: servantId }, data: { active: false } });
    expect(await getViewer()).toBeNull();
  });

  it("requireViewer sends the anonymous to /login with a safe way back", async () => {
    session.current = null;
    await expect(requireViewer("/beheer/audit?page=2")).rejects.toMatchObject({ url: "/login?callbackUrl=%2Fbeheer%2Faudit%3Fpage%3D2" });
    await expect(requireViewer("https://evil.example")).rejects.toMatchObject({ url: "/login" });
  });
});
