// The outbox on real PostgreSQL: queued messages are delivered by a sender and marked SENT, or marked FAILED
// with the error when the sender refuses — never dropped; a claim by one deliverer is not taken by another.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverQueued, queueMessages } from "@/lib/mail/outbox";
import type { MailSender } from "@/lib/mail/sender";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("reference");

const message = (to: string) => ({ toAddress: to, toName: "Test", subject: "Herinnering", body: "Beste Test," });

describe("deliverQueued", () => {
  it("marks delivered messages SENT and refused ones FAILED with the error", async () => {
    await db.$transaction((tx) => queueMessages(tx, [message("ok@helmond.nl"), message("bad@helmond.nl")]));
    const sent: string[] = [];
    const sender: MailSender = {
      description: "fake",
      send: async (m) => {
        if (m.to.includes("bad@")) throw new Error("550 mailbox unavailable");
        sent.push(m.to);
      },
    };
    expect(await deliverQueued(sender, "noreply@gezondin.example")).toEqual({ sent: 1, failed: 1 });
    expect(sent).toEqual(["Test <ok@helmond.nl>"]);
    const rows = await db.mailMessage.findMany({ select: { toAddress: true, status: true, attempts: true, lastError: true, sentAt: true }, orderBy: { toAddress: "asc" } });
    expect(rows).toEqual([
      { toAddress: "bad@helmond.nl", status: "FAILED", attempts: 1, lastError: "550 mailbox unavailable", sentAt: null },
      { toAddress: "ok@helmond.nl", status: "SENT", attempts: 1, lastError: null, sentAt: expect.any(Date) },
    ]);
    expect(await deliverQueued(sender, "noreply@gezondin.example")).toEqual({ sent: 0, failed: 0 }); // failed ones wait for an admin
  });

  it("lets two deliverers share the queue without sending a message twice", async () => {
    await db.$transaction((tx) => queueMessages(tx, Array.from({ length: 20 }, (_, i) => message(`m${i}@emmen.nl`))));
    const seen: string[] = [];
    const slow: MailSender = { description: "slow", send: async (m) => void seen.push(m.to) };
    const [a, b] = await Promise.all([deliverQueued(slow, "noreply@gezondin.example", 12), deliverQueued(slow, "noreply@gezondin.example", 12)]);
    expect(a.sent + b.sent).toBe(20);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
