// The SMTP client against a small fake server on loopback: the conversation, AUTH PLAIN, the message, and
// that a refusal surfaces as an error (so the outbox records FAILED instead of losing the message).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import tls from "node:tls";
import { afterEach, describe, expect, it } from "vitest";
import { sendSmtp, type SmtpConfig } from "@/lib/mail/smtp";

type Fake = { port: number; commands: string[]; data: string; secured: boolean; close: () => Promise<void> };
type Cert = { key: string; cert: string };

/** A throwaway self-signed certificate for 127.0.0.1 (null when openssl is not installed). */
function selfSigned(): Cert | null {
  if (!existsSync("/usr/bin/openssl")) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), "smtp-tls-"));
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", `${dir}/key.pem`, "-out", `${dir}/cert.pem`], { stdio: "ignore" });
  return { key: readFileSync(`${dir}/key.pem`, "utf8"), cert: readFileSync(`${dir}/cert.pem`, "utf8") };
}

function fakeServer(opts: { rejectRcpt?: boolean; startTls?: Cert } = {}): Promise<Fake> {
  const fake: Fake = { port: 0, commands: [], data: "", secured: false, close: async () => {} };
  const server = net.createServer((raw) => {
    let socket: net.Socket = raw;
    let inData = false;
    let buffer = "";
    socket.write("220 fake ESMTP\r\n");
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      let i: number;
      while ((i = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            socket.write("250 queued\r\n");
          } else fake.data += `${line}\r\n`;
          continue;
        }
        fake.commands.push(line);
        const verb = line.split(" ")[0]!.toUpperCase();
        if (verb === "EHLO") socket.write(`250-fake\r\n250-AUTH PLAIN${opts.startTls ? "\r\n250-STARTTLS" : ""}\r\n250 8BITMIME\r\n`);
        else if (verb === "AUTH") socket.write("235 ok\r\n");
        else if (verb === "MAIL") socket.write("250 ok\r\n");
        else if (verb === "RCPT") socket.write(opts.rejectRcpt ? "550 no such user\r\n" : "250 ok\r\n");
        else if (verb === "DATA") {
          inData = true;
          socket.write("354 go\r\n");
        }
        else if (verb === "QUIT") socket.end("221 bye\r\n");
        else if (verb === "STARTTLS" && opts.startTls) {
          socket.write("220 go ahead\r\n");
          socket.removeListener("data", onData);
          socket = new tls.TLSSocket(socket, { isServer: true, ...opts.startTls });
          socket.on("secure", () => (fake.secured = true));
          socket.on("data", onData);
        } else socket.write("502 unknown\r\n");
      }
    };
    socket.on("data", onData);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      fake.port = (server.address() as net.AddressInfo).port;
      fake.close = () => new Promise((r) => server.close(() => r()));
      resolve(fake);
    }),
  );
}

const config = (port: number): SmtpConfig => ({ host: "127.0.0.1", port, secure: false, requireTls: false, user: "portal", password: "geheim", rejectUnauthorized: true, timeoutMs: 5000, heloName: "portal.test" });
const mail = { from: "GezondIn <noreply@gezondin.example>", to: "Anne <anne@helmond.nl>", subject: "Herinnering", text: ".begint met een punt\nen nog een regel" };

let fake: Fake | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

describe("sendSmtp", () => {
  it("speaks EHLO, AUTH PLAIN, MAIL, RCPT, DATA and QUIT", async () => {
    fake = await fakeServer();
    await sendSmtp(config(fake.port), mail);
    expect(fake.commands).toEqual([
      "EHLO portal.test",
      `AUTH PLAIN ${Buffer.from("\u0000portal\u0000geheim").toString("base64")}`,
      "MAIL FROM:<noreply@gezondin.example>",
      "RCPT TO:<anne@helmond.nl>",
      "DATA",
      "QUIT",
    ]);
    expect(fake.data).toContain("Subject: Herinnering");
    const body = fake.data.split("\r\n\r\n")[1]!.replace(/\r\n/g, "");
    expect(Buffer.from(body, "base64").toString("utf8")).toBe(".begint met een punt\r\nen nog een regel");
  });

  const cert = selfSigned();
  it.skipIf(!cert)("upgrades with STARTTLS when offered and says EHLO again over TLS", async () => {
    fake = await fakeServer({ startTls: cert! });
    await sendSmtp({ ...config(fake.port), requireTls: true, rejectUnauthorized: false }, mail);
    expect(fake.secured).toBe(true);
    expect(fake.commands.slice(0, 4)).toEqual(["EHLO portal.test", "STARTTLS", "EHLO portal.test", expect.stringMatching(/^AUTH PLAIN /)]);
    expect(fake.commands.at(-1)).toBe("QUIT");
  });

  it("rejects with the server's reply when a recipient is refused", async () => {
    fake = await fakeServer({ rejectRcpt: true });
    await expect(sendSmtp(config(fake.port), mail)).rejects.toThrow(/550 no such user/);
  });

  it("refuses to send in the clear when TLS is required and the server offers none", async () => {
    fake = await fakeServer();
    await expect(sendSmtp({ ...config(fake.port), requireTls: true }, mail)).rejects.toThrow(/STARTTLS/);
    expect(fake.commands.some((c) => c.startsWith("AUTH"))).toBe(false);
  });

  it("fails (not hangs) when nobody listens", async () => {
    await expect(sendSmtp({ ...config(1), timeoutMs: 2000 }, mail)).rejects.toThrow();
  });
});
