import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ApproachCard } from "@/components/workspace/approach-card";
import { InitiativeMatrix } from "@/components/workspace/initiative-matrix";
import { PillarOverview } from "@/components/workspace/pillar-overview";
import { QuestionnaireCard } from "@/components/workspace/questionnaire-card";
import { TrackOverview } from "@/components/workspace/track-overview";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { AppLocale } from "@/lib/i18n/config";
import { getLatestApproach } from "@/lib/approach/queries";
import { getQuestionnaireStatus } from "@/lib/questionnaire/queries";
import { getHomeOverview } from "@/lib/workspace/home-queries";
import { getLastUpdated, type WorkspaceDTO } from "@/lib/workspace/queries";

// The home page's parts, each fetching its own data so each can stream behind its own Suspense boundary.

export async function HomeCards({ viewer, ws }: { viewer: Viewer; ws: WorkspaceDTO }) {
  const [status, lastUpdated, approach] = await Promise.all([
    getQuestionnaireStatus(viewer, ws.code),
    getLastUpdated(viewer, ws.code),
    getLatestApproach(viewer, ws.code),
  ]);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <ApproachCard approach={approach} lastUpdated={lastUpdated} code={ws.code} canWrite={ws.canWrite} />
      <QuestionnaireCard status={status} code={ws.code} canWrite={ws.canWrite} />
    </div>
  );
}

export async function HomeOverview({ viewer, ws }: { viewer: Viewer; ws: WorkspaceDTO }) {
  const locale = (await getLocale()) as AppLocale;
  const tSize = await getTranslations("sizeClass");
  const t = await getTranslations("workspace.home");
  const overview = await getHomeOverview(viewer, ws, locale);
  const sizeLabel = tSize(String(ws.sizeClass) as "1");
  return (
    <>
      <TrackOverview tracks={overview.tracks} sizeLabel={sizeLabel} hasApproach={overview.approach !== null} />
      <PillarOverview pillars={overview.pillars} sizeLabel={sizeLabel} />
      <InitiativeMatrix
        matrix={overview.matrix}
        code={ws.code}
        trackNames={Object.fromEntries(overview.tracks.map((tr) => [tr.code, tr.name]))}
        pillarNames={Object.fromEntries(overview.pillars.map((p) => [p.number, p.name]))}
      />
      <aside aria-labelledby="definitions" className="mt-10 rounded bg-surface p-5 text-sm">
        <h2 id="definitions" className="text-lg font-semibold">{t("definitions.heading")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>{t("definitions.peers", { size: sizeLabel })}</li>
          <li>{t("definitions.approach")}</li>
          <li>{t("definitions.initiatives")}</li>
          <li>{t("definitions.pillars")}</li>
        </ul>
      </aside>
    </>
  );
}
