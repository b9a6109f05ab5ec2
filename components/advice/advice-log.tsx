import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import type { AdviceEntryDTO } from "@/lib/advice/queries";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { FollowUpToggle } from "./follow-up-toggle";

/** The advice log, newest first: each entry with its topics, notes and follow-ups (overdue ones marked in words). */
export async function AdviceLog({ code, entries }: { code: string; entries: AdviceEntryDTO[] }) {
  const t = await getTranslations("advice");
  const locale = (await getLocale()) as AppLocale;
  return (
    <ol className="space-y-6">
      {entries.map((e) => {
        const topics = [...e.trackCodes.map((c) => t(`tracks.${c}` as "tracks.PARTICIPATION")), ...e.pillarNumbers.map((n) => t(`pillars.${n}` as "pillars.1"))];
        return (
          <li key={e.id} id={`advies-${e.id}`} className="scroll-mt-6 rounded border border-line p-4">
            <article aria-labelledby={`h-${e.id}`}>
              <h3 id={`h-${e.id}`} className="text-lg font-semibold">
                {formatDate(e.date, locale)} · {t(`kinds.${e.kind}`)} · {t(`modes.${e.mode}`)}
              </h3>
              <p className="text-sm text-muted">{t("log.by", { name: e.adviserName })}</p>
              {topics.length ? <p className="mt-2"><span className="font-semibold">{t("log.topics")}:</span> {topics.join(", ")}</p> : null}
              {e.notes ? <p className="mt-2 whitespace-pre-line">{e.notes}</p> : null}
              {e.followUps.length ? (
                <div className="mt-3">
                  <h4 className="font-semibold">{t("log.followUps")}</h4>
                  <ul className="mt-1 space-y-2">
                    {e.followUps.map((f) => (
                      <li key={f.id} id={`fu-${f.id}`} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                        <span className={f.doneAt ? "text-muted line-through" : ""}>{f.description}</span>
                        <span className="text-sm">
                          {f.doneAt
                            ? t("log.doneOn", { date: formatDate(f.doneAt, locale) })
                            : f.overdue
                              ? <strong className="text-red-800">{t("log.overdue", { date: formatDate(f.dueDate, locale) })}</strong>
                              : t("log.due", { date: formatDate(f.dueDate, locale) })}
                        </span>
                        <FollowUpToggle code={code} id={f.id} done={Boolean(f.doneAt)} label={f.description} />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {e.canEdit ? (
                <p className="mt-3">
                  <Link href={`/gemeenten/${code}/advies/${e.id}`} aria-label={t("log.editLabel", { date: formatDate(e.date, locale) })}>{t("log.edit")}</Link>
                </p>
              ) : null}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
