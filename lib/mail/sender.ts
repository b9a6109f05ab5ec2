import "server-only";
import { env } from "@/lib/env";
import type { MailEnvelope } from "./message";
import { sendSmtp, type SmtpConfig } from "./smtp";

// How e-mail leaves the portal. With SMTP_HOST set, messages go out through SMTP; without it there is no
// sender and messages stay in the outbox (mail_message, /beheer/outbox) for an admin to read.

export interface MailSender {
  readonly description: string;
  send(mail: MailEnvelope): Promise<void>;
}

export function smtpConfig(): SmtpConfig | null {
  const e = env();
  if (!e.SMTP_HOST) return null;
  return {
    host: e.SMTP_HOST,
    port: e.SMTP_PORT,
    secure: e.SMTP_SECURE === "1",
    requireTls: e.SMTP_REQUIRE_TLS === "1",
    user: e.SMTP_USER,
    password: e.SMTP_PASSWORD,
    rejectUnauthorized: e.SMTP_TLS_REJECT_UNAUTHORIZED === "1",
    timeoutMs: 20_000,
    heloName: new URL(e.NEXTAUTH_URL ?? "http://localhost").hostname,
  };
}

export function mailFrom(): string {
  return env().MAIL_FROM;
}

/** The configured sender, or null when SMTP is not configured (then the outbox is the destination). */
export function configuredSender(): MailSender | null {
  const cfg = smtpConfig();
  if (!cfg) return null;
  return { description: `smtp://${cfg.host}:${cfg.port}`, send: (mail) => sendSmtp(cfg, mail) };
}
