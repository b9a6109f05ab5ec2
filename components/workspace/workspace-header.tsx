import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { Container } from "@/components/ui/container";
import { formatNumber } from "@/lib/format";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import type { AppLocale } from "@/lib/i18n/config";
import type { WorkspaceDTO } from "@/lib/workspace/queries";
import { WorkspaceNav } from "./workspace-nav";

/** The band above every workspace page: which municipality, its size, read-only notice, the section tabs. */
export async function WorkspaceHeader({ ws }: { ws: WorkspaceDTO }) {
  const t = await getTranslations("workspace");
  const tSize = await getTranslations("sizeClass");
  const locale = (await getLocale()) as AppLocale;
  const base = `/gemeenten/${ws.code}`;
  const items = [
    { href: base, label: t("nav.home"), exact: true },
    { href: `${base}/aanpak`, label: t("nav.approach") },
    { href: `${base}/initiatieven`, label: t("nav.initiatives") },
    { href: `${base}/vragenlijst`, label: t("nav.questionnaire") },
    { href: `${base}/vergelijken`, label: t("nav.peers") },
    { href: `${base}/samenvatting`, label: t("nav.summary") },
  ];
  // The adviser's pages (the pages check access again; the tabs only hide what would be a 404).
  const viewer = await getViewer();
  if (viewer && can(viewer.role, "read", "advice")) {
    items.push(
      { href: `${base}/advies`, label: t("nav.advice") },
      { href: `${base}/beoordeling`, label: t("nav.review") },
      { href: `${base}/tijdlijn`, label: t("nav.timeline") },
    );
  }
  return (
    <div className="border-b border-line bg-brand-50 pt-6 print:hidden">
      <Container>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("header.kicker")}</p>
        <p className="text-2xl font-semibold text-brand-900">{ws.name}</p>
        <p className="text-sm text-muted">
          {t("header.meta", {
            size: tSize(String(ws.sizeClass) as "1"),
            population: formatNumber(ws.population, locale),
          })}
          {ws.isGids ? ` · ${t("header.gids")}` : ""}
        </p>
        {ws.canWrite ? null : (
          <p className="mt-2 inline-block rounded bg-white px-3 py-1 text-sm font-semibold text-brand-900">{t("header.readOnly")}</p>
        )}
        <div className="mt-4">
          <WorkspaceNav items={items} label={t("nav.label")} />
        </div>
      </Container>
    </div>
  );
}
