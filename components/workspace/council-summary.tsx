import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { InitiativeTotalsDTO } from "@/lib/exports/queries";
import type { InitiativeListItemDTO } from "@/lib/initiatives/types";
import type { QuestionnaireStatusDTO } from "@/lib/questionnaire/types";
import type { HomeOverviewDTO } from "@/lib/workspace/home-queries";
import type { WorkspaceDTO } from "@/lib/workspace/queries";
import { label } from "./messages";
import { percentText } from "./percent";

const STORY_MAX = 700;

type Props = { ws: WorkspaceDTO; overview: HomeOverviewDTO; totals: InitiativeTotalsDTO; running: InitiativeListItemDTO[]; questionnaire: QuestionnaireStatusDTO };

/** One printable page for the council: where the approach stands, in words and a few figures. */
export async function CouncilSummary({ ws, overview, totals, running, questionnaire }: Props) {
  const t = await getTranslations("workspace");
  const locale = (await getLocale()) as AppLocale;
  const a = overview.approach;
  const euro = new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const covered = overview.tracks.filter((x) => x.inApproach).length;
  const story = a?.story && a.story.length > STORY_MAX ? `${a.story.slice(0, STORY_MAX).trimEnd()}…` : a?.story;
  const figures: [string, string][] = [
    [t("summary.figures.stage"), a?.stage ? label(t, `enums.stage.${a.stage}`) : "–"],
    [t("summary.figures.tracks"), t("summary.figures.tracksValue", { covered, total: overview.tracks.length })],
    [t("summary.figures.running"), formatNumber(totals.running, locale)],
    [t("summary.figures.reached"), t("summary.figures.reachedValue", { all: formatNumber(totals.residentsReached, locale), lowSes: formatNumber(totals.lowSesReached, locale) })],
    [t("summary.figures.partners"), formatNumber(totals.partners, locale)],
    [t("summary.figures.budget"), euro.format(totals.budgetCents / 100)],
  ];
  return (
    <article className="summary-page space-y-6 print:space-y-3">
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("summary.kicker")}</p>
        <h1 className="text-3xl font-semibold print:text-2xl">{t("summary.title", { name: ws.name })}</h1>
        <p className="text-muted">{a ? t("summary.subtitle", { year: a.year, date: formatDate(new Date(), locale) }) : t("summary.noApproach")}</p>
      </header>
      <section aria-labelledby="sum-figures">
        <h2 id="sum-figures" className="sr-only">{t("summary.figuresHeading")}</h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 print:grid-cols-3">
          {figures.map(([k, v]) => (
            <div key={k} className="rounded border border-line p-3 print:p-2">
              <dt className="text-sm text-muted">{k}</dt>
              <dd className="text-lg font-semibold">{v}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="grid gap-6 md:grid-cols-2 print:grid-cols-2 print:gap-4">
        <section aria-labelledby="sum-tracks">
          <h2 id="sum-tracks" className="text-xl font-semibold">{t("summary.tracksHeading")}</h2>
          <ul className="mt-2 space-y-1">
            {overview.tracks.map((tr) => (
              <li key={tr.code}>
                <span aria-hidden="true">{tr.inApproach ? "✓ " : "○ "}</span>
                <span className="font-semibold">{tr.name}</span>: {tr.inApproach ? t("summary.inApproach") : t("summary.notInApproach")}{" "}
                <span className="text-sm text-muted">({t("summary.nationalShare", { share: percentText(tr.approach.national, locale) })})</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="sum-pillars">
          <h2 id="sum-pillars" className="text-xl font-semibold">{t("summary.pillarsHeading")}</h2>
          <ul className="mt-2 space-y-0.5 text-sm">
            {overview.pillars.map((p) => (
              <li key={p.number}>
                {p.number}. {p.name}: <span className="font-semibold">{p.assessment ? label(t, `enums.assessment.${p.assessment}`) : "–"}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {story ? (
        <section aria-labelledby="sum-story">
          <h2 id="sum-story" className="text-xl font-semibold">{t("summary.storyHeading")}</h2>
          <p className="mt-1 whitespace-pre-line">{story}</p>
        </section>
      ) : null}
      <section aria-labelledby="sum-initiatives">
        <h2 id="sum-initiatives" className="text-xl font-semibold">{t("summary.initiativesHeading")}</h2>
        {running.length ? (
          <ul className="mt-1 list-disc pl-5 print:columns-2">
            {running.map((i) => (
              <li key={i.id}>{i.title}</li>
            ))}
          </ul>
        ) : (
          <p>{t("summary.noInitiatives")}</p>
        )}
      </section>
      <footer className="border-t border-line pt-2 text-sm text-muted">
        {questionnaire ? t("summary.questionnaire", { year: questionnaire.year, status: label(t, `enums.responseStatus.${questionnaire.status}`) }) : null}{" "}
        {t("summary.source", { date: formatDate(new Date(), locale) })}
      </footer>
    </article>
  );
}
