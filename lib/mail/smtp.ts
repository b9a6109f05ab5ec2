// A small SMTP client on node:net / node:tls (no mail package is installed): EHLO, STARTTLS or implicit
// TLS, AUTH PLAIN, one message per connection. Enough for reminders; delivery state lives in the outbox.
import net from "node:net";
import tls from "node:tls";
import { randomUUID } from "node:crypto";
import { bareAddress, buildMessage, dotStuff, type MailEnvelope } from "./message";

export type SmtpConfig = {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  /** Refuse to send over a connection that is not encrypted (default in production). */
  requireTls: boolean;
  user?: string;
  password?: string;
  rejectUnauthorized: boolean;
  timeoutMs: number;
  heloName: string;
};

type Reply = { code: number; text: string };

/** Reads SMTP replies (multi-line "250-…" continued until "250 …") from whichever socket is current. */
class ReplyReader {
  private buffer = "";
  private lines: string[] = [];
  private waiting: { resolve: () => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;

  attach(socket: net.Socket): void {
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      this.buffer += chunk;
      let i: number;
      while ((i = this.buffer.indexOf("\n")) >= 0) {
        this.lines.push(this.buffer.slice(0, i).replace(/\r$/, ""));
        this.buffer = this.buffer.slice(i + 1);
      }
      this.wake();
    });
    socket.on("error", (e) => this.fail(e));
    socket.on("close", () => this.fail(new Error("SMTP connection closed")));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.waiting?.reject(this.failure);
    this.waiting = null;
  }

  private wake(): void {
    this.waiting?.resolve();
    this.waiting = null;
  }

  async read(): Promise<Reply> {
    const text: string[] = [];
    for (;;) {
      while (this.lines.length === 0) {
        if (this.failure) throw this.failure;
        await new Promise<void>((resolve, reject) => (this.waiting = { resolve, reject }));
      }
      const line = this.lines.shift()!;
      text.push(line.slice(4));
      if (line[3] !== "-") return { code: Number(line.slice(0, 3)), text: text.join("\n") };
    }
  }
}

function connect(cfg: SmtpConfig): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const options = { host: cfg.host, port: cfg.port, servername: cfg.host, rejectUnauthorized: cfg.rejectUnauthorized };
    const socket = cfg.secure ? tls.connect(options, () => resolve(socket)) : net.connect(options, () => resolve(socket));
    socket.setTimeout(cfg.timeoutMs, () => socket.destroy(new Error("SMTP timeout")));
    socket.once("error", reject);
  });
}

function upgrade(socket: net.Socket, cfg: SmtpConfig): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    socket.removeAllListeners("data");
    socket.removeAllListeners("close");
    const secured = tls.connect({ socket, servername: cfg.host, rejectUnauthorized: cfg.rejectUnauthorized }, () => resolve(secured));
    secured.setTimeout(cfg.timeoutMs, () => secured.destroy(new Error("SMTP timeout")));
    secured.once("error", reject);
  });
}

/** Sends one message; resolves when the server accepted it, rejects with the server's reply otherwise. */
export async function sendSmtp(cfg: SmtpConfig, mail: MailEnvelope): Promise<void> {
  let socket = await connect(cfg);
  const reader = new ReplyReader();
  reader.attach(socket);
  const expect = async (ok: number[], what: string): Promise<Reply> => {
    const r = await reader.read();
    if (!ok.includes(r.code)) throw new Error(`SMTP ${what}: ${r.code} ${r.text}`.slice(0, 500));
    return r;
  };
  const command = async (line: string, ok: number[], what = line.split(" ")[0]!) => {
    socket.write(`${line}\r\n`);
    return expect(ok, what);
  };
  try {
    await expect([220], "greeting");
    let ehlo = await command(`EHLO ${cfg.heloName}`, [250]);
    if (!cfg.secure && /^STARTTLS\b/im.test(ehlo.text)) {
      await command("STARTTLS", [220]);
      socket = await upgrade(socket, cfg);
      reader.attach(socket);
      ehlo = await command(`EHLO ${cfg.heloName}`, [250]);
    } else if (!cfg.secure && cfg.requireTls) {
      throw new Error("SMTP server offers no STARTTLS and SMTP_REQUIRE_TLS is on");
    }
    if (cfg.user) {
      const token = Buffer.from(`\u0000${cfg.user}\u0000${cfg.password ?? ""}`, "utf8").toString("base64");
      await command(`AUTH PLAIN ${token}`, [235], "AUTH");
    }
    await command(`MAIL FROM:<${bareAddress(mail.from)}>`, [250]);
    await command(`RCPT TO:<${bareAddress(mail.to)}>`, [250, 251]);
    await command("DATA", [354]);
    const domain = bareAddress(mail.from).split("@")[1];
    socket.write(`${dotStuff(buildMessage(mail, { messageId: `${randomUUID()}@${domain}` }))}.\r\n`);
    await expect([250], "message");
    await command("QUIT", [221]).catch(() => undefined);
  } finally {
    socket.destroy();
  }
}
