import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { label } from "@/components/workspace/messages";
import type { NetworkInitiativeDTO } from "@/lib/initiatives/types";

/** The municipality of an initiative: a link to its workspace when the viewer may open it, else plain text. */
export function MunicipalityName({ municipality: m }: { municipality: NetworkInitiativeDTO["municipality"] }) {
  return m.canOpen ? <Link href={`/gemeenten/${m.code}`}>{m.name}</Link> : <>{m.name}</>;
}

export function VisibilityBadge({ text }: { text: string }) {
  return <span className="rounded border border-brand-900 px-2 py-0.5 text-sm text-brand-900">{text}</span>;
}

/** One page of initiatives as cards: title (to the detail page), municipality, status, excerpt, tracks. */
export async function NetworkList({ items, trackNames, showVisibility }: { items: NetworkInitiativeDTO[]; trackNames: Record<string, string>; showVisibility: boolean }) {
  const t = await getTranslations();
  return (
    <ul aria-label={t("network.list.label")} className="grid gap-4 md:grid-cols-2">
      {items.map((i) => (
        <li key={i.id}>
          <article aria-labelledby={`i-${i.id}`} className="flex h-full flex-col gap-2 rounded border border-line bg-white p-5">
            <h3 id={`i-${i.id}`} className="text-lg font-semibold">
              <Link href={`/initiatieven/${i.id}`}>{i.title}</Link>
            </h3>
            <p className="text-sm text-muted">
              <MunicipalityName municipality={i.municipality} />, {i.municipality.provinceName}
            </p>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="rounded bg-surface px-2 py-0.5">{label(t, `workspace.enums.status.${i.status}`)}</span>
              {showVisibility ? <VisibilityBadge text={label(t, `network.visibility.${i.visibility}`)} /> : null}
            </p>
            <p>{i.description || t("network.list.noDescription")}</p>
            <dl className="mt-auto grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="font-semibold">{t("network.list.tracks")}</dt>
              <dd>{i.tracks.map((c) => trackNames[c] ?? c).join(", ") || "–"}</dd>
              <dt className="font-semibold">{t("network.list.pillars")}</dt>
              <dd>{i.pillars.join(", ") || "–"}</dd>
            </dl>
          </article>
        </li>
      ))}
    </ul>
  );
}
