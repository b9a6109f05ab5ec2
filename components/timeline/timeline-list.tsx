import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { TimelineEvent, TimelineMonth } from "@/lib/timeline/shape";

const GROUP_CLASS: Record<TimelineEvent["group"], string> = {
  approach: "border-brand-700",
  initiative: "border-green-700",
  questionnaire: "border-amber-600",
  advice: "border-brand-900",
  people: "border-muted",
  other: "border-line",
};

const time = (iso: string, locale: AppLocale) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit" }).format(new Date(iso));

/** The timeline by month; each event says what happened, to what, and who did it. Colour is never the only cue. */
export async function TimelineList({ months }: { months: TimelineMonth[] }) {
  const t = await getTranslations("timeline");
  const tAdvice = await getTranslations("advice");
  const locale = (await getLocale()) as AppLocale;
  const monthName = (m: string) => new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${m}-01T00:00:00Z`));
  return (
    <div className="space-y-8">
      {months.map((m) => (
        <section key={m.month} aria-labelledby={`m-${m.month}`}>
          <h2 id={`m-${m.month}`} className="text-xl font-semibold capitalize">{monthName(m.month)}</h2>
          <ol className="mt-3 space-y-3">
            {m.events.map((e) => {
              const values = { ...e.values } as Record<string, string | number>;
              if (typeof values.kind === "string") values.kind = tAdvice(`kinds.${values.kind}` as "kinds.CONTENT");
              if (typeof values.mode === "string") values.mode = tAdvice(`modes.${values.mode}` as "modes.VISIT");
              return (
                <li key={e.id} className={`border-l-4 pl-3 ${GROUP_CLASS[e.group]}`}>
                  <p className="text-sm text-muted">
                    <span className="font-semibold">{t(`groups.${e.group}`)}</span> · {formatDate(e.at, locale)}
                    {e.dateOnly ? "" : `, ${time(e.at, locale)}`}
                  </p>
                  <p>
                    {t(`events.${e.messageKey}` as "events.advice", { title: "", year: "", name: "", description: "", kind: "", mode: "", followUps: 0, questionKey: "", ...values })}
                    {e.actor ? <span className="text-muted"> — {e.actor}</span> : null}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
