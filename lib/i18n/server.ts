import "server-only";
import { cache } from "react";
import { getLocale, type getTranslations as nextIntlGetTranslations } from "next-intl/server";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import { LOCALES, resolveLocale, TIME_ZONE, type AppLocale } from "./config";

// Server components' translations, as next-intl's getTranslations, with one difference: the parsed ICU
// messages and the Intl formatters they use are kept for the whole process (per locale), not rebuilt on
// every request. The messages are fixed at build time, so nothing in these caches can go stale; next-intl
// keeps them per request only because its configuration may differ per request, and here it does not
// (lib/i18n/request.ts: the locale's catalog and one time zone). Parsing the same messages again on every
// request was ~5% of a page's server time (decision 046).

const MESSAGES: Record<AppLocale, typeof nl> = { nl, en };

const shared = Object.fromEntries(
  LOCALES.map((locale) => {
    const c = _createCache();
    return [locale, { cache: c, formatters: _createIntlFormatters(c) }];
  }),
) as Record<AppLocale, { cache: ReturnType<typeof _createCache>; formatters: ReturnType<typeof _createIntlFormatters> }>;

const translator = cache(async (namespace: string | undefined) => {
  const locale = resolveLocale(await getLocale());
  const s = shared[locale];
  return createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: namespace as never,
    timeZone: TIME_ZONE,
    _cache: s.cache,
    _formatters: s.formatters,
  });
});

/** Drop-in for next-intl's getTranslations(namespace?) in server components, actions and metadata. */
export const getTranslations = ((namespace?: string) => translator(namespace)) as unknown as typeof nextIntlGetTranslations;
