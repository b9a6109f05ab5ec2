// The outbox on real PostgreSQL: queued messages are delivered by a sender and marked SENT; a permanent
// refusal (5xx) makes them FAILED with the error at once, a temporary one (4xx, no connection) puts them back
// in the queue for the job's next attempt — and FAILED on its last. Never dropped; a claim by one deliverer
// is not taken by another.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverQueued, queueMessages } from "@/lib/mail/outbox";
import type { MailSender } from "@/lib/mail/sender";
import { useTestDatabase } from "./helpers/db";

useTestDatabase("reference");

const FROM = "noreply@gezondin.example";
const message = (to: string) => ({ toAddress: to, toName: "Test", subject: "Herinnering", body: "Beste Test," });
const smtpError = (text: string, responseCode?: number) => Object.assign(new Error(text), { responseCode });

describe("deliverQueued", () => {
  it("marks delivered messages SENT, permanently refused ones FAILED, and defers temporary failures", async () => {
    await db.$transaction((tx) => queueMessages(tx, [message("ok@helmond.nl"), message("bad@helmond.nl"), message("later@helmond.nl")]));
    const sent: string[] = [];
    const sender: MailSender = {
      description: "fake",
      send: async (m) => {
        if (m.to.address.startsWith("bad@")) throw smtpError("550 mailbox unavailable", 550);
        if (m.to.address.startsWith("later@")) throw smtpError("451 try again later", 451);
        sent.push(`${m.to.name} <${m.to.address}>`);
      },
    };
    expect(await deliverQueued(sender, FROM)).toEqual({ sent: 1, failed: 1, deferred: 1 });
    expect(sent).toEqual(["Test <ok@helmond.nl>"]);
    const rows = () => db.mailMessage.findMany({ select: { toAddress: true, status: true, attempts: true, lastError: true, sentAt: true }, orderBy: { toAddress: "asc" } });
    expect(await rows()).toEqual([
      { toAddress: "bad@helmond.nl", status: "FAILED", attempts: 1, lastError: "550 mailbox unavailable", sentAt: null },
      { toAddress: "later@helmond.nl", status: "QUEUED", attempts: 1, lastError: "451 try again later", sentAt: null },
      { toAddress: "ok@helmond.nl", status: "SENT", attempts: 1, lastError: null, sentAt: expect.any(Date) },
    ]);
    // The job's last attempt: the temporary failure is recorded as FAILED for an admin; failed ones wait.
    expect(await deliverQueued(sender, FROM, { final: true })).toEqual({ sent: 0, failed: 1, deferred: 0 });
    expect((await rows())[1]).toMatchObject({ toAddress: "later@helmond.nl", status: "FAILED", attempts: 2 });
    expect(await deliverQueued(sender, FROM)).toEqual({ sent: 0, failed: 0, deferred: 0 });
  });

  it("treats a failure without an SMTP reply (no connection) as temporary", async () => {
    await db.mailMessage.deleteMany();
    await db.$transaction((tx) => queueMessages(tx, [message("x@emmen.nl")]));
    const down: MailSender = { description: "down", send: async () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ESOCKET" })) };
    expect(await deliverQueued(down, FROM)).toEqual({ sent: 0, failed: 0, deferred: 1 });
    expect(await db.mailMessage.findFirst({ select: { status: true } })).toEqual({ status: "QUEUED" });
  });

  it("lets two deliverers share the queue without sending a message twice", async () => {
    await db.mailMessage.deleteMany();
    await db.$transaction((tx) => queueMessages(tx, Array.from({ length: 20 }, (_, i) => message(`m${i}@emmen.nl`))));
    const seen: string[] = [];
    const slow: MailSender = { description: "slow", send: async (m) => void seen.push(m.to.address) };
    const [a, b] = await Promise.all([deliverQueued(slow, FROM, { limit: 12 }), deliverQueued(slow, FROM, { limit: 12 })]);
    expect(a.sent + b.sent).toBe(20);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
