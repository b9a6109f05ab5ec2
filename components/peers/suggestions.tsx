import { getTranslations } from "@/lib/i18n/server";
import type { SuggestionDTO } from "@/lib/peers/queries";
import { EmptyState } from "@/components/ui/empty-state";

/** Peers' network-visible initiatives on the tracks this municipality does not cover yet. */
export async function Suggestions({ items, missing }: { items: SuggestionDTO[]; missing: string[] }) {
  const t = await getTranslations("peers.suggestions");
  const tt = await getTranslations("advice.tracks");
  const ts = await getTranslations("workspace.enums.status");
  if (missing.length === 0) return <EmptyState text={t("allCovered")} headingLevel={3} />;
  return (
    <>
      <p className="mb-4">{t("missing", { list: missing.map((k) => tt(k as "PARTICIPATION")).join(", ") })}</p>
      {items.length === 0 ? (
        <EmptyState text={t("none")} headingLevel={3} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {items.map((s) => (
            <li key={s.id} className="rounded border border-line p-4">
              <h3 className="text-lg font-semibold">{s.title}</h3>
              <p className="text-sm text-muted">{t("meta", { name: s.municipalityName, status: ts(s.status as "RUNNING") })}</p>
              <p className="mt-1 text-sm"><span className="font-semibold">{t("tracks")}:</span> {s.tracks.map((k) => tt(k as "PARTICIPATION")).join(", ")}</p>
              {s.description ? <p className="mt-2">{s.description}{s.description.length >= 280 ? "…" : ""}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
