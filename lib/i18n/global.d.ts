import type nl from "@/messages/nl.json";
import type { AppLocale } from "./config";

// Typed message keys and locales for next-intl (the Dutch catalog is the reference).
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof nl;
  }
}
