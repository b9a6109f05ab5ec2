import "server-only";
import { getTranslations } from "@/lib/i18n/server";
import type { Translate } from "./table-context";

// The "dashboards" messages as a plain function. next-intl types every key of the whole catalog; with the
// catalog's size that union is at TypeScript's limit ("union type too complex"), and the builders compose
// keys anyway. The dashboards therefore read their messages through this untyped accessor; the unit test
// tests/unit/dashboards-messages.test.ts checks that every key they use exists in both languages.

export type LooseTranslate = Translate & { has: (key: string) => boolean };

type AnyGetTranslations = (namespace: string) => Promise<unknown>;

export async function dashboardsT(namespace = "dashboards"): Promise<LooseTranslate> {
  const t = (await (getTranslations as unknown as AnyGetTranslations)(namespace)) as Translate & { has?: (key: string) => boolean };
  // A translator without has() (a test stub) answers "no such message", so callers use their fallback text.
  return Object.assign((key: string, values?: Record<string, string | number>) => t(key, values), { has: (key: string) => t.has?.(key) ?? false });
}
