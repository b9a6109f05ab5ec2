import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { PillarTable } from "@/components/peers/pillar-table";
import { ShareTable } from "@/components/peers/share-table";
import { Suggestions } from "@/components/peers/suggestions";
import { Container } from "@/components/ui/container";
import { found } from "@/lib/auth/found";
import { requireViewer } from "@/lib/auth/viewer";
import { getPeerView } from "@/lib/peers/queries";
import { GROUP_PARAM, missingTracks } from "@/lib/peers/shape";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("peers"))("title") };
}

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ groep?: string }> };
const PARAMS = Object.keys(GROUP_PARAM);

/** Compare with a peer group (searchParam groep=grootte|provincie|ggd); 404 unless the viewer may open the workspace. */
export default async function PeersPage({ params, searchParams }: Props) {
  const { code } = await params;
  const { groep } = await searchParams;
  const viewer = await requireViewer(`/gemeenten/${code}/vergelijken`);
  const param = groep && groep in GROUP_PARAM ? groep : "grootte";
  const v = await found(getPeerView(viewer, code, GROUP_PARAM[param]!));
  const t = await getTranslations("peers");
  const tt = await getTranslations("advice.tracks");
  const te = await getTranslations("workspace.enums");
  const c = v.comparison;
  const name = v.municipality.name;
  return (
    <Container className="py-8">
      <h1 className="text-3xl font-semibold">{t("heading", { name })}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("lead")}</p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3 rounded border border-line bg-surface p-4">
        <div>
          <label htmlFor="groep" className="block font-semibold">{t("groupLabel")}</label>
          <select id="groep" name="groep" defaultValue={param} className="mt-1 rounded border-2 border-muted bg-white px-3 py-2">
            {PARAMS.map((p) => <option key={p} value={p}>{t(`groups.${GROUP_PARAM[p]!}`)}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">{t("compare")}</button>
      </form>
      <p className="mt-4" role="status">{t("summary", { peers: c.peers, withApproach: c.peersWithApproach, group: t(`groups.${v.group}`) })}</p>
      {c.selfHasApproach ? null : <p className="mt-2 font-semibold">{t("noSelfApproach")}</p>}
      <div className="mt-6 grid items-start gap-10 lg:grid-cols-2">
        <ShareTable name={name} caption={t("tracksCaption")} rows={c.tracks.map((i) => ({ label: tt(i.key as "PARTICIPATION"), item: i }))} />
        <div className="space-y-8">
          <ShareTable name={name} caption={t("monitoringCaption")} rows={[{ label: t("monitoringAttention"), item: c.monitoring }, ...c.monitoringLevels.map((i) => ({ label: te(`monitoringLevel.${i.key}` as "monitoringLevel.PROCESS"), item: i }))]} />
          <ShareTable name={name} caption={t("involvementCaption")} rows={[{ label: t("lowSes"), item: c.lowSes }, ...c.residentMethods.map((i) => ({ label: te(`residentMethod.${i.key}` as "residentMethod.AMBASSADORS"), item: i }))]} />
        </div>
      </div>
      <div className="mt-10"><PillarTable pillars={c.pillars} name={name} /></div>
      <section aria-labelledby="suggestions" className="mt-10">
        <h2 id="suggestions" className="mb-3 text-2xl font-semibold">{t("suggestions.title")}</h2>
        <Suggestions items={v.suggestions} missing={missingTracks(c)} />
      </section>
    </Container>
  );
}
