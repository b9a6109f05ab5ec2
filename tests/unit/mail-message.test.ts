import { describe, expect, it } from "vitest";
import { bareAddress, buildMessage, dotStuff, encodeHeader } from "@/lib/mail/message";
import { reminderText } from "@/lib/mail/templates";

describe("buildMessage", () => {
  const mail = { from: "GezondIn portaal <noreply@gezondin.example>", to: "Anne de Vries <anne@helmond.nl>", subject: "Herinnering: vragenlijst", text: "Beste Anne,\n\nGroet" };

  it("writes headers and a base64 UTF-8 body", () => {
    const msg = buildMessage(mail, { messageId: "1@gezondin.example", date: new Date("2026-11-25T10:00:00Z") });
    const [head, body] = msg.split("\r\n\r\n");
    expect(head).toContain('From: "GezondIn portaal" <noreply@gezondin.example>');
    expect(head).toContain('To: "Anne de Vries" <anne@helmond.nl>');
    expect(head).toContain("Subject: Herinnering: vragenlijst");
    expect(head).toContain("Content-Type: text/plain; charset=utf-8");
    expect(Buffer.from(body!.replace(/\r\n/g, ""), "base64").toString("utf8")).toBe("Beste Anne,\r\n\r\nGroet");
  });

  it("never lets a header value break the header (no CR/LF injection) and encodes non-ASCII", () => {
    const msg = buildMessage({ ...mail, subject: "Hoi\r\nBcc: evil@example.com", to: "Zoë <zoe@x.nl>" }, { messageId: "2@x" });
    expect(msg).not.toMatch(/\r\nBcc:/);
    expect(encodeHeader("Súdwest-Fryslân")).toMatch(/^=\?UTF-8\?B\?/);
    expect(msg).toContain(`To: ${encodeHeader("Zoë")} <zoe@x.nl>`);
  });

  it("refuses anything that is not one address", () => {
    expect(bareAddress("a@b.nl")).toBe("a@b.nl");
    expect(() => bareAddress("a@b.nl>\r\nRCPT TO:<c@d.nl")).toThrow();
    expect(() => bareAddress("niet-een-adres")).toThrow();
  });

  it("dot-stuffs lines that start with a dot", () => expect(dotStuff(".a\r\nb\r\n.c")).toBe("..a\r\nb\r\n..c"));
});

describe("reminderText", () => {
  it("fills in the Dutch reminder (year unformatted, Dutch date)", () => {
    const r = reminderText({ kind: "notStarted", recipientName: "Anne", municipalityName: "Helmond", year: 2026, closesAt: "2027-03-01", link: "https://portaal.example/gemeenten/GM0794" });
    expect(r.subject).toBe("Herinnering: vragenlijst GezondIn 2026 voor Helmond");
    expect(r.body).toContain("Beste Anne,");
    expect(r.body).toContain("1 maart 2027");
    expect(r.body).toContain("https://portaal.example/gemeenten/GM0794");
  });
});
