"use client";
import { useLayoutEffect } from "react";

/**
 * Keeps `<html lang>` in step with the locale after client-side navigations (the language switch refreshes
 * without a full load; the prerendered `<html>` is never re-rendered). The first load is corrected earlier
 * by the inline script in the root layout.
 */
export function DocumentLang({ locale }: { locale: string }) {
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}
