import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import { DEFAULT_LOCALE, LOCALES, resolveLocale } from "@/lib/i18n/config";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The names of the ICU arguments a message uses ({count}, {n, plural, …}); our messages nest no deeper. */
function argumentNames(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

/** Renders every message with numeric arguments; returns the keys next-intl could not format. */
function unformattable(locale: "nl" | "en", messages: Tree, flat: Map<string, string>): string[] {
  const failed: string[] = [];
  const t = createTranslator({ locale, messages, onError: () => undefined, getMessageFallback: ({ key }) => `!!${key}` });
  for (const [key, value] of flat) {
    const values = Object.fromEntries(argumentNames(value).map((name) => [name, 1]));
    const out = (t as unknown as (k: string, v: Record<string, number>) => string)(key, values);
    if (out.startsWith("!!")) failed.push(key);
  }
  return failed;
}

const catalogs = { nl: flatten(nl as Tree), en: flatten(en as Tree) };

describe("message catalogs", () => {
  it("have exactly the same keys in Dutch and English", () => {
    expect([...catalogs.en.keys()].sort()).toEqual([...catalogs.nl.keys()].sort());
  });

  it("have no empty messages", () => {
    for (const [locale, messages] of Object.entries(catalogs)) {
      for (const [key, value] of messages) expect(value.trim(), `${locale}:${key}`).not.toBe("");
    }
  });

  it("use the same arguments in both languages", () => {
    for (const [key, nlValue] of catalogs.nl) {
      expect(argumentNames(catalogs.en.get(key) ?? ""), key).toEqual(argumentNames(nlValue));
    }
  });

  it("all format as ICU messages", () => {
    expect(unformattable("nl", nl as Tree, catalogs.nl)).toEqual([]);
    expect(unformattable("en", en as Tree, catalogs.en)).toEqual([]);
  });

  it("carry the CBS attribution word for word in Dutch", () => {
    expect(nl.shell.footer.attribution).toBe(
      "Bron: CBS – CBS Gebiedsindelingen 2025 (via PDOK) en StatLine tabel 03759ned; vereenvoudigde kaart via cartomap/nl (Edwin de Jonge). Licentie CC BY 4.0.",
    );
  });
});

describe("resolveLocale", () => {
  it("accepts the supported locales", () => {
    for (const locale of LOCALES) expect(resolveLocale(locale)).toBe(locale);
  });

  it("falls back to Dutch for a missing or unknown cookie", () => {
    expect(DEFAULT_LOCALE).toBe("nl");
    expect(resolveLocale(undefined)).toBe("nl");
    expect(resolveLocale("")).toBe("nl");
    expect(resolveLocale("de")).toBe("nl");
    expect(resolveLocale("EN")).toBe("nl");
  });
});
