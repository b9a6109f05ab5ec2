import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { BASE_NAMESPACES, pickMessages, SECTION_NAMESPACES } from "@/lib/i18n/client-messages";

/** Gives the client components below it the base namespaces plus those of one section (or only the base). */
export async function ClientMessages({ section, children }: { section?: keyof typeof SECTION_NAMESPACES; children: ReactNode }) {
  const messages = await getMessages();
  const namespaces = [...BASE_NAMESPACES, ...(section ? SECTION_NAMESPACES[section] : [])];
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
