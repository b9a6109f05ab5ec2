import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { setLocaleAction } from "@/lib/i18n/actions";
import type { AppLocale } from "@/lib/i18n/config";

/**
 * Shows the current language and offers the other one. A plain form posting to a server action, so it
 * also works without JavaScript; the page re-renders in the chosen language at the same URL.
 */
export async function LanguageSwitch() {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("shell.language");
  const other: AppLocale = locale === "nl" ? "en" : "nl";
  return (
    <form action={setLocaleAction} className="flex items-center gap-2 text-sm">
      <span className="sr-only">{t("label")}:</span>
      <span className="text-muted" aria-hidden="true">
        {t("current")}
      </span>
      <span className="text-line" aria-hidden="true">
        |
      </span>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={t("switchToLabel")}
        className="cursor-pointer rounded px-2 py-1 font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
