// Builds an RFC 5322 text message (pure). Header values never carry CR or LF (no header injection);
// non-ASCII subjects are RFC 2047 encoded and the body travels base64 so any UTF-8 text arrives intact.

export type MailEnvelope = { from: string; to: string; subject: string; text: string };

const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;

/** The bare address of "Name <a@b.nl>" or "a@b.nl"; throws on anything that is not one address. */
export function bareAddress(value: string): string {
  const m = /<([^<>]+)>\s*$/.exec(value);
  const address = (m ? m[1]! : value).trim();
  if (!ADDRESS.test(address)) throw new Error(`invalid e-mail address: ${JSON.stringify(value.slice(0, 80))}`);
  return address;
}

const oneLine = (v: string) => v.replace(/[\r\n]+/g, " ").trim();
const isAscii = (v: string) => /^[\x20-\x7e]*$/.test(v);

export function encodeHeader(value: string): string {
  const v = oneLine(value);
  return isAscii(v) ? v : `=?UTF-8?B?${Buffer.from(v, "utf8").toString("base64")}?=`;
}

/** "Name <address>" with the name encoded when needed; a bare address stays bare. */
function formatAddress(value: string): string {
  const address = bareAddress(value);
  const name = oneLine(value.replace(/<[^<>]*>\s*$/, "")).replace(/^"|"$/g, "");
  if (!name || name === address) return address;
  return isAscii(name) ? `"${name.replace(/["\\]/g, "")}" <${address}>` : `${encodeHeader(name)} <${address}>`;
}

function base64Lines(text: string): string {
  const b64 = Buffer.from(text.replace(/\r?\n/g, "\r\n"), "utf8").toString("base64");
  return b64.replace(/.{1,76}/g, (line) => `${line}\r\n`);
}

export function buildMessage(mail: MailEnvelope, opts: { date?: Date; messageId: string }): string {
  const headers = [
    `From: ${formatAddress(mail.from)}`,
    `To: ${formatAddress(mail.to)}`,
    `Subject: ${encodeHeader(mail.subject)}`,
    `Date: ${(opts.date ?? new Date()).toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: <${oneLine(opts.messageId)}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: base64",
  ];
  return `${headers.join("\r\n")}\r\n\r\n${base64Lines(mail.text)}`;
}

/** SMTP DATA transparency (RFC 5321 4.5.2): a line starting with "." gets another one. */
export function dotStuff(message: string): string {
  return message.replace(/(^|\r\n)\./g, "$1..");
}
