import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import type { MatrixDTO } from "@/lib/workspace/matrix";

/**
 * Running initiatives by track (rows) × pillar (columns). Empty cells are hatched and read "none", so the
 * gaps stand out to sighted and screen-reader users alike; each count links to the filtered list.
 */
export async function InitiativeMatrix({
  matrix,
  trackNames,
  pillarNames,
  code,
}: {
  matrix: MatrixDTO;
  trackNames: Record<string, string>;
  pillarNames: Record<number, string>;
  code: string;
}) {
  const t = await getTranslations("workspace.home.matrix");
  const listHref = (track: string, pillar?: number) =>
    `/gemeenten/${code}/initiatieven?status=ACTIVE&spoor=${track}${pillar ? `&pijler=${pillar}` : ""}`;
  return (
    <section aria-labelledby="matrix-heading" className="mt-10">
      <h2 id="matrix-heading" className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 max-w-3xl text-muted">{t("intro")}</p>
      <p className="mt-2 font-semibold">
        {matrix.total === 0
          ? t("summaryNone")
          : t("summary", { total: matrix.total, empty: matrix.emptyCells, cells: matrix.tracks.length * matrix.pillars.length })}
      </p>
      {matrix.emptyTracks.length ? (
        <p className="mt-1">{t("emptyTracks", { tracks: matrix.emptyTracks.map((c) => trackNames[c] ?? c).join(", ") })}</p>
      ) : null}
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[48rem] border-collapse text-center">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="align-bottom">
              <th scope="col" className="border-b-2 border-brand-900 p-2 text-left">{t("colTrack")}</th>
              {matrix.pillars.map((p) => (
                <th key={p} scope="col" className="border-b-2 border-brand-900 p-2 text-sm" title={pillarNames[p]}>
                  <abbr title={pillarNames[p]} className="no-underline">{t("pillarShort", { number: p })}</abbr>
                  <span className="sr-only">: {pillarNames[p]}</span>
                </th>
              ))}
              <th scope="col" className="border-b-2 border-brand-900 p-2 text-sm">{t("colTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.tracks.map((track, ti) => (
              <tr key={track}>
                <th scope="row" className="border-b border-line p-2 text-left font-semibold">{trackNames[track] ?? track}</th>
                {matrix.cells[ti]!.map((n, pi) => (
                  <td
                    key={matrix.pillars[pi]}
                    className={`border border-line p-2 ${n === 0 ? "bg-[repeating-linear-gradient(45deg,#f3f3f3,#f3f3f3_4px,#fff_4px,#fff_8px)] text-muted" : "bg-brand-100 font-semibold"}`}
                  >
                    {n === 0 ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">{t("none")}</span>
                      </>
                    ) : (
                      <Link href={listHref(track, matrix.pillars[pi])} aria-label={t("cellLink", { count: n, track: trackNames[track] ?? track, pillar: pillarNames[matrix.pillars[pi]!] ?? "" })}>
                        {n}
                      </Link>
                    )}
                  </td>
                ))}
                <td className="border border-line p-2 font-semibold">{matrix.trackTotals[ti]}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" className="p-2 text-left">{t("colTotal")}</th>
              {matrix.pillarTotals.map((n, pi) => (
                <td key={matrix.pillars[pi]} className="border border-line p-2 font-semibold">{n}</td>
              ))}
              <td className="border border-line p-2 font-semibold">{matrix.total}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-muted">{t("legend")}</p>
    </section>
  );
}
