// Reminder mail through nodemailer to a real SMTP server process on loopback (the smtp-server package):
// STARTTLS with a self-signed certificate made here, AUTH required, and what arrives parsed with mailparser —
// headers, the Dutch text (UTF-8 intact) and links to the public origin. Delivery goes the production way:
// the reminder action queues the messages and a mail-deliver job in one transaction, the job worker sends.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { generate } from "selfsigned";
import type { Viewer } from "@/lib/auth/viewer-types";

const h = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => h.viewer, requireViewer: async () => h.viewer }));
vi.mock("@/lib/auth/origin", () => ({ assertSameOrigin: async () => {}, requestOrigin: async () => "test" }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { startJobWorker, stopJobWorker } from "@/lib/jobs/worker";
import { deliverQueued, queueMessages } from "@/lib/mail/outbox";
import { configuredSender, mailFrom } from "@/lib/mail/sender";
import { sendReminders } from "@/lib/survey-admin/reminder-actions";
import { useTestDatabase } from "./helpers/db";
import { eventually, form } from "../fixtures/imports/action-mocks";

useTestDatabase("demo");

const ORIGIN = "https://portaal.gezondin.example";
const USER = "portaal";
const PASSWORD = "geheim-wachtwoord";

type Arrived = { mail: ParsedMail; envelope: { from: string; to: string[] }; secure: boolean; user: string | undefined };
type Server = { port: number; arrived: Arrived[]; close: () => Promise<void> };

let tlsCert: { key: string; cert: string };

async function startSmtp(extra: Partial<SMTPServerOptions> = {}): Promise<Server> {
  const arrived: Arrived[] = [];
  const server = new SMTPServer({
    ...tlsCert,
    secure: false, // plain connect, then STARTTLS
    logger: false,
    authMethods: ["PLAIN", "LOGIN"],
    allowInsecureAuth: false, // AUTH only after STARTTLS
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) return callback(null, { user: auth.username });
      return callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          const envelope = { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address) };
          arrived.push({ mail, envelope, secure: session.secure, user: session.user as string | undefined });
          callback();
        },
        (e: Error) => callback(e),
      );
    },
    ...extra,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, arrived, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function useSmtp(port: number, overrides: Record<string, string> = {}): void {
  Object.assign(process.env, {
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(port),
    SMTP_SECURE: "0",
    SMTP_REQUIRE_TLS: "1",
    SMTP_TLS_REJECT_UNAUTHORIZED: "0", // the certificate is self-signed; the next test shows the check is on
    SMTP_USER: USER,
    SMTP_PASSWORD: PASSWORD,
    MAIL_FROM: "GezondIn portaal <noreply@gezondin.example>",
    NEXTAUTH_URL: ORIGIN,
    ...overrides,
  });
}

const queueOne = (to: string) =>
  db.$transaction((tx) => queueMessages(tx, [{ toAddress: to, toName: "Jan de Vries", subject: "Proef — één bericht", body: "Beste Jan,\n\nDit is een proef." }]));

beforeAll(async () => {
  const pems = await generate([{ name: "commonName", value: "127.0.0.1" }], {
    keySize: 2048,
    extensions: [{ name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] }],
  });
  tlsCert = { key: pems.private, cert: pems.cert };
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@gezondin.example" }, select: { id: true } });
  h.viewer = await loadViewer(admin.id, "session");
});
beforeEach(async () => {
  await db.mailMessage.deleteMany();
});
afterAll(async () => {
  await stopJobWorker();
  for (const k of ["SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_TLS_REJECT_UNAUTHORIZED", "SMTP_REQUIRE_TLS"]) delete process.env[k];
});

describe("reminder mail over SMTP", () => {
  it("arrives over STARTTLS with AUTH: headers, Dutch UTF-8 text and links to the public origin", async () => {
    const smtp = await startSmtp();
    try {
      useSmtp(smtp.port);
      await startJobWorker();
      const open = await db.surveyRound.findFirstOrThrow({ where: { status: "OPEN" }, select: { id: true, year: true } });
      const s = await sendReminders(null, form({ roundId: open.id, target: "all", confirm: "yes" }));
      expect(s).toMatchObject({ ok: true, data: { delivery: "smtp" } });
      const count = s && s.ok ? s.data!.messages : 0;
      expect(count).toBeGreaterThan(0);
      await eventually(async () => smtp.arrived.length >= count, 60_000);
      await eventually(async () => (await db.mailMessage.count({ where: { status: "SENT" } })) === count);
      expect(smtp.arrived).toHaveLength(count); // each once

      const queued = await db.mailMessage.findMany({ select: { toAddress: true, toName: true, subject: true, body: true, reminder: { select: { municipalityCode: true } } } });
      // A recipient whose municipality has a non-ASCII name, when the demo has one (Súdwest-Fryslân does).
      const pick = queued.find((m) => /[^\x20-\x7e]/.test(m.subject)) ?? queued[0]!;
      const got = smtp.arrived.find((a) => a.envelope.to.includes(pick.toAddress))!;
      expect(got).toBeDefined();
      expect(got.secure).toBe(true); // STARTTLS happened before the message
      expect(got.user).toBe(USER);
      expect(got.envelope).toEqual({ from: "noreply@gezondin.example", to: [pick.toAddress] });
      const { mail } = got;
      expect(mail.from?.value).toEqual([{ name: "GezondIn portaal", address: "noreply@gezondin.example" }]);
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : null).toEqual([{ name: pick.toName, address: pick.toAddress }]);
      expect(mail.subject).toBe(pick.subject);
      expect(mail.subject).toMatch(new RegExp(`^Herinnering: vragenlijst GezondIn ${open.year} voor `));
      expect(mail.date).toBeInstanceOf(Date);
      expect(Math.abs(Date.now() - mail.date!.getTime())).toBeLessThan(5 * 60_000);
      expect(mail.messageId).toMatch(/^<[^<>@\s]+@gezondin\.example>$/);
      expect(new Set(smtp.arrived.map((a) => a.mail.messageId)).size).toBe(count); // unique per message
      const contentType = mail.headers.get("content-type") as { value: string; params: Record<string, string> };
      expect(contentType.value).toBe("text/plain");
      expect(contentType.params.charset?.toLowerCase()).toBe("utf-8");
      expect(mail.text?.trim()).toBe(pick.body.trim()); // the Dutch text arrives exactly
      expect(mail.text).toMatch(/^Beste /);
      expect(mail.text).toContain("Met vriendelijke groet");
      const links = mail.text!.match(/https?:\/\/\S+/g) ?? [];
      expect(links).toEqual([`${ORIGIN}/gemeenten/${pick.reminder!.municipalityCode}`]);
    } finally {
      await stopJobWorker();
      await smtp.close();
    }
  });

  it("checks the server's certificate unless told not to, and never sends without TLS when TLS is required", async () => {
    const smtp = await startSmtp();
    const plain = await startSmtp({ disabledCommands: ["STARTTLS"], allowInsecureAuth: true });
    try {
      useSmtp(smtp.port, { SMTP_TLS_REJECT_UNAUTHORIZED: "1" });
      await queueOne("jan@helmond.nl");
      expect(await deliverQueued(configuredSender()!, mailFrom())).toEqual({ sent: 0, failed: 0, deferred: 1 });
      expect(await db.mailMessage.findFirstOrThrow({ select: { status: true, lastError: true } })).toMatchObject({ status: "QUEUED", lastError: expect.stringMatching(/certificate/i) });

      // A server that refuses STARTTLS (502): with SMTP_REQUIRE_TLS=1 nothing is sent; a configuration
      // problem, FAILED until an admin sends again.
      useSmtp(plain.port);
      expect(await deliverQueued(configuredSender()!, mailFrom())).toEqual({ sent: 0, failed: 1, deferred: 0 });
      expect(smtp.arrived.length + plain.arrived.length).toBe(0);
      await db.mailMessage.updateMany({ data: { status: "QUEUED" } }); // what "send again" does

      useSmtp(smtp.port); // a trusted (here: accepted) certificate: the same message goes out
      expect(await deliverQueued(configuredSender()!, mailFrom())).toEqual({ sent: 1, failed: 0, deferred: 0 });
      expect(smtp.arrived.map((a) => [a.mail.subject, a.secure])).toEqual([["Proef — één bericht", true]]);

      await queueOne("piet@helmond.nl"); // and only SMTP_REQUIRE_TLS=0 lets a message travel unencrypted
      useSmtp(plain.port, { SMTP_REQUIRE_TLS: "0" });
      expect(await deliverQueued(configuredSender()!, mailFrom())).toEqual({ sent: 1, failed: 0, deferred: 0 });
      expect(plain.arrived.map((a) => a.secure)).toEqual([false]);
    } finally {
      await smtp.close();
      await plain.close();
    }
  });

  it("records a permanent refusal (wrong password, unknown recipient) as FAILED with the server's reply", async () => {
    const smtp = await startSmtp({
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith("onbekend@")) return callback(Object.assign(new Error("No such user"), { responseCode: 550 }));
        callback();
      },
    });
    try {
      useSmtp(smtp.port);
      await queueOne("onbekend@helmond.nl");
      expect(await deliverQueued(configuredSender()!, mailFrom())).toEqual({ sent: 0, failed: 1, deferred: 0 });
      expect(await db.mailMessage.findFirstOrThrow({ select: { status: true, lastError: true } })).toMatchObject({ status: "FAILED", lastError: expect.stringContaining("550") });

      await db.mailMessage.deleteMany();
      useSmtp(smtp.port, { SMTP_PASSWORD: "fout" });
      await queueOne("jan@helmond.nl");
      expect(await deliverQueued(configuredSender()!, mailFrom())).toEqual({ sent: 0, failed: 1, deferred: 0 });
      expect(await db.mailMessage.findFirstOrThrow({ select: { lastError: true } })).toMatchObject({ lastError: expect.stringContaining("535") });
      expect(smtp.arrived).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });
});
