import { getTranslations } from "@/lib/i18n/server";

export const MAIN_ID = "inhoud";

/** First focusable element: jumps keyboard users past the header to the main content. */
export async function SkipLink() {
  const t = await getTranslations("shell");
  return (
    <a
      href={`#${MAIN_ID}`}
      className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:text-brand-900 focus:shadow-lg"
    >
      {t("skipLink")}
    </a>
  );
}
