import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import type { Signal } from "@/lib/caseload/types";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const SEVERITY_CLASS: Record<Signal["severity"], string> = {
  high: "border-red-700 bg-red-50 text-red-900",
  medium: "border-amber-600 bg-amber-50 text-amber-950",
  low: "border-line bg-surface text-ink",
};

/** A signal's reason in words: dates formatted, named tracks and pillars translated. */
export async function signalTextFormatter() {
  const t = await getTranslations();
  const locale = (await getLocale()) as AppLocale;
  return (s: Signal): string => {
    const values: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(s.values)) values[k] = typeof v === "string" && ISO_DAY.test(v) ? formatDate(v, locale) : v;
    if (s.items) {
      const ns = s.items.type === "track" ? "advice.tracks" : "advice.pillars";
      values.list = s.items.keys.map((k) => t(`${ns}.${k}` as "advice.tracks.PARTICIPATION")).join(", ");
    }
    return t(`caseload.reason.${s.reason}` as "caseload.reason.noApproach", values);
  };
}

/** The fired signals of one municipality, each with its weight shown as text and colour (not colour alone). */
export async function SignalList({ signals }: { signals: Signal[] }) {
  const t = await getTranslations("caseload");
  const text = await signalTextFormatter();
  if (signals.length === 0) return <p className="text-muted">{t("table.noSignals")}</p>;
  return (
    <ul className="space-y-1">
      {signals.map((s) => (
        <li key={s.key} className={`rounded border-l-4 px-2 py-1 text-sm ${SEVERITY_CLASS[s.severity]}`}>
          <span className="font-semibold">{t(`severity.${s.severity}`)}:</span> {text(s)}
        </li>
      ))}
    </ul>
  );
}
