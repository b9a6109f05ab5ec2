// The one way to format numbers, percentages and dates in the portal (Dutch first, English second).
// Pure: no framework imports, safe in server and client components.
import { DEFAULT_LOCALE, TIME_ZONE, type AppLocale } from "@/lib/i18n/config";

const TAGS: Record<AppLocale, string> = { nl: "nl-NL", en: "en-GB" };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: AppLocale, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `n:${locale}:${key}`;
  let f = cache.get(id) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(TAGS[locale], options);
    cache.set(id, f);
  }
  return f;
}

function dateFormat(locale: AppLocale, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `d:${locale}:${key}`;
  let f = cache.get(id) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(TAGS[locale], { timeZone: TIME_ZONE, ...options });
    cache.set(id, f);
  }
  return f;
}

/** A fraction 0–1 as a percentage, whole percent by default: 0.7 → "70%". */
export function formatPercent(fraction: number, locale: AppLocale = DEFAULT_LOCALE, fractionDigits = 0): string {
  if (!Number.isFinite(fraction)) return "–";
  return numberFormat(locale, `pct${fractionDigits}`, {
    style: "percent",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(fraction);
}

/** A count or amount with the locale's grouping: 244427 → "244.427" (nl) / "244,427" (en). */
export function formatNumber(value: number, locale: AppLocale = DEFAULT_LOCALE, maximumFractionDigits = 0): string {
  if (!Number.isFinite(value)) return "–";
  // Grouping "always": Dutch ICU data would otherwise print 4-digit numbers without a separator.
  return numberFormat(locale, `num${maximumFractionDigits}`, { maximumFractionDigits, useGrouping: "always" }).format(value);
}

export type DateStyle = "long" | "short";

/** A calendar date in Dutch time: "1 januari 2026" (nl, long) / "1 January 2026" (en, long). */
export function formatDate(value: Date | string, locale: AppLocale = DEFAULT_LOCALE, style: DateStyle = "long"): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return "–";
  const options: Intl.DateTimeFormatOptions =
    style === "long" ? { day: "numeric", month: "long", year: "numeric" } : { day: "2-digit", month: "2-digit", year: "numeric" };
  return dateFormat(locale, style, options).format(date);
}

/** A time of day in Dutch time, to the second: "14:05:30". */
export function formatTime(value: Date | string, locale: AppLocale = DEFAULT_LOCALE): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return "–";
  return dateFormat(locale, "time", { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).format(date);
}
