import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { label } from "@/components/workspace/messages";
import { formatDate, formatNumber } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { InitiativeDTO } from "@/lib/initiatives/types";
import type { Named } from "./initiative-form";
import { DefinitionList } from "@/components/ui/definition-list";

/** An initiative read-only (advisers, and anyone without write access), every field in a definition list. */
export async function InitiativeView({ initiative: i, tracks, pillars }: { initiative: InitiativeDTO; tracks: Named[]; pillars: Named[] }) {
  const t = await getTranslations();
  const locale = (await getLocale()) as AppLocale;
  const list = (values: string[], group: string) => (values.length ? values.map((v) => label(t, `workspace.enums.${group}.${v}`)).join(", ") : "–");
  const euro = (cents: number | null) =>
    cents === null ? "–" : new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL", { style: "currency", currency: "EUR" }).format(cents / 100);
  const rows: [string, string][] = [
    [t("initiatives.form.status"), label(t, `workspace.enums.status.${i.status}`)],
    [t("initiatives.form.description"), i.description || "–"],
    [t("initiatives.form.startDate"), i.startDate ? formatDate(i.startDate, locale) : "–"],
    [t("initiatives.form.endDate"), i.endDate ? formatDate(i.endDate, locale) : "–"],
    [t("initiatives.form.tracks"), i.tracks.map((c) => tracks.find((x) => x.key === c)?.name ?? c).join(", ") || "–"],
    [t("initiatives.form.pillars"), i.pillars.map((n) => `${n}. ${pillars.find((x) => x.key === String(n))?.name ?? ""}`).join(", ") || "–"],
    [t("initiatives.form.targetGroups"), list(i.targetGroups, "targetGroup")],
    [t("initiatives.form.neighbourhoods"), i.neighbourhoods.join(", ") || "–"],
    [t("initiatives.form.residentsReached"), i.residentsReached === null ? "–" : formatNumber(i.residentsReached, locale)],
    [t("initiatives.form.lowSesReached"), i.lowSesReached === null ? "–" : formatNumber(i.lowSesReached, locale)],
    [t("initiatives.form.programmes"), list(i.programmes, "programme")],
    [t("initiatives.form.partners"), i.partners.map((p) => `${p.name} (${label(t, `workspace.enums.partnerType.${p.type}`)})`).join(", ") || "–"],
    [t("initiatives.form.budget"), euro(i.budgetCents)],
    [t("initiatives.form.fundingSources"), list(i.fundingSources, "funding")],
    [t("initiatives.form.monitoringLevel"), i.monitoringLevel ? label(t, `workspace.enums.monitoringLevel.${i.monitoringLevel}`) : t("initiatives.form.noMonitoring")],
    [t("initiatives.form.visibilityLegend"), label(t, `workspace.enums.visibility.${i.visibility}`)],
  ];
  return <DefinitionList rows={rows} />;
}
