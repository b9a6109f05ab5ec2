// Locales of the portal. URLs carry no locale: the choice lives in the NEXT_LOCALE cookie.
export const LOCALES = ["nl", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "nl";
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const TIME_ZONE = "Europe/Amsterdam";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The locale for a raw cookie value: unknown or missing values fall back to Dutch. */
export function resolveLocale(value: string | undefined | null): AppLocale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
