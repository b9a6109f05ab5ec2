"use client";
import { useTranslations } from "next-intl";

/**
 * Translates the catalog keys that server actions return ("errors.conflict", "validation.email"). Unknown
 * keys fall back to the generic message, so a typo never shows a raw key to the user.
 */
export function useCatalog(): (key: string | undefined) => string {
  const t = useTranslations();
  return (key) => {
    type Key = Parameters<typeof t>[0];
    if (key && t.has(key as Key)) return t(key as Key);
    return t("errors.unexpected");
  };
}
