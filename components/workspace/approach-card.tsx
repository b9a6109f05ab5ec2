import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ButtonLink } from "@/components/ui/button-link";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { ApproachDTO } from "@/lib/approach/types";
import type { LastUpdatedDTO } from "@/lib/workspace/queries";
import { label } from "./messages";

/** The approach at a glance: year, stage, residents, monitoring, anchoring; when it was last updated. */
export async function ApproachCard({ approach, lastUpdated, code, canWrite }: { approach: ApproachDTO | null; lastUpdated: LastUpdatedDTO; code: string; canWrite: boolean }) {
  const t = await getTranslations("workspace");
  const locale = (await getLocale()) as AppLocale;
  const yesNo = (v: boolean | null) => (v === null ? t("home.approach.unknown") : v ? t("home.approach.yes") : t("home.approach.no"));
  return (
    <section aria-labelledby="a-card" className="rounded border-l-4 border-brand-700 bg-brand-50 p-5">
      <h2 id="a-card" className="text-xl font-semibold">
        {approach ? t("home.approach.headingYear", { year: approach.year }) : t("home.approach.heading")}
      </h2>
      {approach ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t("home.approach.stage")}</dt>
          <dd>{approach.stage ? label(t, `enums.stage.${approach.stage}`) : t("home.approach.unknown")}</dd>
          <dt className="font-semibold">{t("home.approach.lowSes")}</dt>
          <dd>{yesNo(approach.lowSesInvolved)}</dd>
          <dt className="font-semibold">{t("home.approach.monitoring")}</dt>
          <dd>{yesNo(approach.monitoringAttention)}</dd>
          <dt className="font-semibold">{t("home.approach.anchoring")}</dt>
          <dd>{yesNo(approach.anchoringAttention)}</dd>
        </dl>
      ) : (
        <p className="mt-1">{t("home.approach.none")}</p>
      )}
      <p className="mt-3 text-sm text-muted">
        {lastUpdated
          ? lastUpdated.byName
            ? t("home.lastUpdatedBy", { date: formatDate(lastUpdated.at, locale), name: lastUpdated.byName })
            : t("home.lastUpdated", { date: formatDate(lastUpdated.at, locale) })
          : t("home.neverUpdated")}
      </p>
      <div className="mt-4">
        <ButtonLink href={`/gemeenten/${code}/aanpak`} variant={canWrite ? "primary" : "secondary"}>
          {canWrite ? (approach ? t("home.approach.edit") : t("home.approach.start")) : t("home.approach.view")}
        </ButtonLink>
      </div>
    </section>
  );
}
