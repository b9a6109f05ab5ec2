// The texts of the e-mails the portal sends, from the message catalog (Dutch: the recipients are Dutch
// civil servants). Pure: createTranslator works without a request, so actions, tests and scripts share it.
import { createTranslator } from "next-intl";
import nl from "@/messages/nl.json";
import { formatDate } from "@/lib/format";

export type ReminderKind = "notStarted" | "inProgress";
export type ReminderText = { subject: string; body: string };

export function reminderText(input: {
  kind: ReminderKind;
  recipientName: string;
  municipalityName: string;
  year: number;
  closesAt: string;
  link: string;
}): ReminderText {
  // Untyped on purpose: the catalog's full key union is too large for the compiler here.
  const tr = createTranslator({ locale: "nl", messages: nl }) as unknown as (key: string, values?: Record<string, string>) => string;
  const t = (key: string, values?: Record<string, string>) => tr(`mail.reminder.${key}`, values);
  const values = {
    name: input.recipientName,
    municipality: input.municipalityName,
    year: String(input.year), // a year is not a number to group ("2.026")
    closesAt: formatDate(input.closesAt, "nl"),
    link: input.link,
  };
  return {
    subject: t("subject", values),
    body: [t(input.kind === "notStarted" ? "notStarted" : "inProgress", values), t("action", values), t("signature")].join("\n\n"),
  };
}
