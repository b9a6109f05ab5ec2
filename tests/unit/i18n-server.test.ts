// The server components' translator: next-intl's behaviour (namespaces, ICU plurals, the request's locale),
// with parsed messages kept across requests.
import { describe, expect, it, vi } from "vitest";

const h = vi.hoisted(() => ({ locale: "nl" }));
vi.mock("next-intl/server", () => ({ getLocale: async () => h.locale }));

import { getTranslations } from "@/lib/i18n/server";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";

describe("getTranslations (server)", () => {
  it("translates in the request's locale, with namespaces and ICU plurals", async () => {
    h.locale = "nl";
    const t = await getTranslations("caseload");
    expect(t("count", { shown: 3, total: 10 })).toBe(nl.caseload.count.replace("{shown}", "3").replace("{total}", "10"));
    const tn = await getTranslations("notifications.bell");
    expect(tn("label", { count: 1 })).toBe("Meldingen: 1 ongelezen");
    expect(tn("label", { count: 0 })).toBe("Meldingen: geen ongelezen");

    h.locale = "en";
    const te = await getTranslations("notifications.bell");
    expect(te("text")).toBe(en.notifications.bell.text);
    const root = await getTranslations();
    expect(root("shell.portalName")).toBe(en.shell.portalName);
  });

  it("falls back to Dutch for an unknown locale", async () => {
    h.locale = "xx";
    const t = await getTranslations("shell");
    expect(t("mainNav")).toBe(nl.shell.mainNav);
  });
});
