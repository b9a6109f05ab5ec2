import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardNav } from "@/components/national/dashboard-nav";
import { MapPanel } from "@/components/national/map-panel";
import { RoundSelector } from "@/components/national/round-selector";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { dashboardContext } from "@/lib/dashboards/context";
import { chooseMapLevel, chooseOne, chooseYear, param, type SearchParams } from "@/lib/dashboards/filters";
import { defaultYear } from "@/lib/dashboards/headlines";
import { mapItems, seesMunicipalAnswers } from "@/lib/dashboards/map";
import { getNationalBreakdown, getNationalMap, getNationalRounds } from "@/lib/dashboards/queries";
import { chartedOptions } from "@/lib/dashboards/trend";
import { dashboardsT } from "@/lib/dashboards/i18n";

// The map of the Netherlands for one question and option (?ronde=&vraag=&optie=&niveau=), per municipality
// or per GGD region or province.

const DEFAULT_QUESTION = "approach.tracks";

export async function generateMetadata(): Promise<Metadata> {
  const t = await dashboardsT();
  return { title: t("map.title") };
}

export default async function NationalMapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer("/landelijk/kaart");
  const [sp, rounds, c] = await Promise.all([searchParams, getNationalRounds(viewer), dashboardContext(viewer)]);
  const year = chooseYear(param(sp, "ronde"), rounds.map((r) => r.year), defaultYear(rounds));
  const round = rounds.find((r) => r.year === year);
  if (!round) notFound();
  const questions = round.questions.filter((q) => q.type !== "text");
  const keys = questions.map((q) => q.key);
  const q = questions.find((x) => x.key === chooseOne(param(sp, "vraag"), keys, keys.includes(DEFAULT_QUESTION) ? DEFAULT_QUESTION : (keys[0] ?? "")));
  if (!q) notFound();
  const option = chooseOne(param(sp, "optie"), q.options.map((o) => o.key), chartedOptions(q.type, q.options.map((o) => o.key))[0] ?? "");
  const perMunicipality = seesMunicipalAnswers(viewer.role);
  const level = chooseMapLevel(param(sp, "niveau"), perMunicipality);
  const [munis, bd] = await Promise.all([
    getNationalMap(viewer, round.year, q.key),
    level === "municipality" ? null : getNationalBreakdown(viewer, round.year, level),
  ]);

  return (
    <Container className="py-10">
      <PageHeader title={c.t("map.title")} lead={c.t("map.lead")} />
      <DashboardNav current="map" year={round.year} />
      <RoundSelector rounds={rounds} current={round.year} path="/landelijk/kaart" keep={{ vraag: q.key, optie: option, niveau: level }} />
      <MapPanel c={c} round={round} questions={questions} q={q} option={option} level={level} perMunicipality={perMunicipality} items={mapItems(munis, q.key, option, level, bd)} />
    </Container>
  );
}
