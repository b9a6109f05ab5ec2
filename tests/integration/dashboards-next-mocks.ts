// Stand-ins for next-intl's request-bound APIs in the dashboards' integration tests: real translations.
import nl from "@/messages/nl.json";
import { createTranslator } from "next-intl";

export const nextIntlServer = {
  getLocale: async () => "nl",
  getTranslations: async (namespace?: string) => createTranslator({ locale: "nl", messages: nl, namespace: namespace as never }),
};
