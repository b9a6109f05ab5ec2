import "server-only";
import { isIP } from "node:net";
import nodemailer from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { env } from "@/lib/env";

// How e-mail leaves the portal: nodemailer's SMTP transport (decision 021). With SMTP_HOST set, messages go
// out through SMTP; without it there is no sender and messages stay in the outbox (mail_message,
// /beheer/outbox) for an admin to read. nodemailer writes the message (RFC 5322 headers with Date and
// Message-ID, UTF-8 text, encoded words for non-ASCII names and subjects) and speaks SMTP (STARTTLS or
// implicit TLS, AUTH, timeouts).

/** `to` as name and address apart: a name with a comma or quotes must not read as a second recipient. */
export type MailEnvelope = { from: string; to: { name: string; address: string }; subject: string; text: string };

export interface MailSender {
  readonly description: string;
  send(mail: MailEnvelope): Promise<void>;
  /** Ends the delivery run (closes the SMTP connection). */
  close?(): void;
}

/** A refusal the server means for good (5xx): retrying the same message will not help. */
export function isPermanentFailure(e: unknown): boolean {
  const code = (e as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

export function smtpOptions(): SMTPTransport.Options | null {
  const e = env();
  if (!e.SMTP_HOST) return null;
  return {
    host: e.SMTP_HOST,
    port: e.SMTP_PORT,
    secure: e.SMTP_SECURE === "1", // implicit TLS from the first byte (port 465)
    requireTLS: e.SMTP_REQUIRE_TLS === "1", // otherwise STARTTLS only when offered
    auth: e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD ?? "" } : undefined,
    // SNI carries host names only (RFC 6066); the certificate is checked against the host either way.
    tls: { rejectUnauthorized: e.SMTP_TLS_REJECT_UNAUTHORIZED === "1", ...(isIP(e.SMTP_HOST) ? {} : { servername: e.SMTP_HOST }) },
    name: new URL(e.NEXTAUTH_URL ?? "http://localhost").hostname, // EHLO
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 20_000,
    // Message content comes from our templates only; never let a value make nodemailer read files or URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

export function mailFrom(): string {
  return env().MAIL_FROM;
}

/**
 * The configured sender, or null when SMTP is not configured (then the outbox is the destination). One
 * sender per delivery run: its messages share one SMTP connection (a pool of one), closed by close(); the
 * next run reads the configuration again.
 */
export function configuredSender(): MailSender | null {
  const options = smtpOptions();
  if (!options) return null;
  const pooled: SMTPPool.Options = { ...options, pool: true, maxConnections: 1 };
  let transport: nodemailer.Transporter<SMTPPool.SentMessageInfo> | null = null;
  return {
    description: `smtp://${options.host}:${options.port}`,
    send: async (mail) => {
      transport ??= nodemailer.createTransport(pooled);
      await transport.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => {
      transport?.close();
      transport = null;
    },
  };
}
