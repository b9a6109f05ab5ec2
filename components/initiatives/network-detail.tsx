import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { label } from "@/components/workspace/messages";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { NetworkInitiativeDetailDTO } from "@/lib/initiatives/types";
import type { Named } from "./initiative-form";
import { MunicipalityName } from "./network-list";
import { DefinitionList } from "@/components/ui/definition-list";

/** An initiative of the network, read-only: every shared field in a definition list. */
export async function NetworkDetail({ initiative: i, tracks, pillars }: { initiative: NetworkInitiativeDetailDTO; tracks: Named[]; pillars: Named[] }) {
  const t = await getTranslations();
  const locale = (await getLocale()) as AppLocale;
  const none = t("network.detail.none");
  const list = (values: string[], group: string) => (values.length ? values.map((v) => label(t, `workspace.enums.${group}.${v}`)).join(", ") : none);
  const period = !i.startDate
    ? none
    : i.endDate
      ? t("network.detail.periodRange", { start: formatDate(i.startDate, locale), end: formatDate(i.endDate, locale) })
      : t("network.detail.periodFrom", { start: formatDate(i.startDate, locale) });
  const rows: [string, ReactNode][] = [
    [t("network.detail.municipality"), <MunicipalityName key="m" municipality={i.municipality} />],
    [t("network.detail.province"), i.municipality.provinceName],
    [t("network.detail.status"), label(t, `workspace.enums.status.${i.status}`)],
    [t("network.detail.period"), period],
    [t("network.detail.description"), i.description || none],
    [t("network.detail.tracks"), i.tracks.map((c) => tracks.find((x) => x.key === c)?.name ?? c).join(", ") || none],
    [t("network.detail.pillars"), i.pillars.map((n) => `${n}. ${pillars.find((x) => x.key === String(n))?.name ?? ""}`).join(", ") || none],
    [t("network.detail.targetGroups"), list(i.targetGroups, "targetGroup")],
    [t("network.detail.partners"), i.partners.map((p) => `${p.name} (${label(t, `workspace.enums.partnerType.${p.type}`)})`).join(", ") || none],
    [t("network.detail.programmes"), list(i.programmes, "programme")],
    [t("network.detail.visibility"), label(t, `network.visibility.${i.visibility}`)],
  ];
  return <DefinitionList rows={rows} className="max-w-4xl" />;
}
