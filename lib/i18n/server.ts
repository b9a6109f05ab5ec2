import "server-only";
import { createTranslator } from "next-intl";
import { getLocale, type getTranslations as nextIntlGetTranslations } from "next-intl/server";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import { resolveLocale, TIME_ZONE, type AppLocale } from "./config";

// Server components' translations: next-intl's getTranslations, with the translators kept for the process
// per locale and namespace. The catalogs are fixed at build time (lib/i18n/request.ts: the locale's catalog
// and one time zone), and a translator keeps the ICU messages it has parsed, so nothing is parsed again on
// every request. Stock next-intl APIs only (createTranslator, getLocale).

const MESSAGES: Record<AppLocale, typeof nl> = { nl, en };
const translators = new Map<string, ReturnType<typeof createTranslator>>();

function translatorFor(locale: AppLocale, namespace: string | undefined) {
  const key = `${locale}:${namespace ?? ""}`;
  let t = translators.get(key);
  if (!t) {
    t = createTranslator({ locale, messages: MESSAGES[locale], namespace: namespace as never, timeZone: TIME_ZONE });
    translators.set(key, t);
  }
  return t;
}

/** Drop-in for next-intl's getTranslations(namespace?) in server components, actions and metadata. */
export const getTranslations = (async (namespace?: string) =>
  translatorFor(resolveLocale(await getLocale()), namespace)) as unknown as typeof nextIntlGetTranslations;
