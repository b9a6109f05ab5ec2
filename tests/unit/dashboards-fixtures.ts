// Small hand-made national results for the dashboards' unit tests.
import type { RoundResultsWithStatusDTO } from "@/lib/dashboards/types";
import type { TableContext } from "@/lib/dashboards/table-context";
import { makeLabeller } from "@/lib/dashboards/labels";

export function round(year: number, status: "OPEN" | "CLOSED", tracks: [number, number], n = 10, gids = 20): RoundResultsWithStatusDTO {
  return {
    year,
    status,
    gidsMunicipalities: gids,
    respondents: n,
    responseRate: n / gids,
    questions: [
      {
        key: "approach.tracks",
        type: "multi",
        n,
        options: [
          { key: "PHYSICAL_ENVIRONMENT", count: tracks[0], share: tracks[0] / n },
          { key: "SOCIAL_ENVIRONMENT", count: tracks[1], share: tracks[1] / n },
        ],
      },
      {
        key: "support.integrated_approach",
        type: "likert_help",
        n,
        options: [
          { key: "NOT_HELPED", count: 1, share: 1 / n },
          { key: "HELPED", count: n - 3, share: (n - 3) / n },
          { key: "STRONGLY_HELPED", count: 2, share: 2 / n },
          { key: "HELPED_OR_STRONGLY", count: n - 1, share: (n - 1) / n },
        ],
      },
      { key: "monitoring.attention", type: "boolean", n, options: [{ key: "yes", count: n - 1, share: (n - 1) / n }, { key: "no", count: 1, share: 1 / n }] },
      { key: "reflection.proud_of", type: "text", n: 3, options: [] },
    ],
  };
}

export const labels = makeLabeller(
  {
    "approach.tracks": { key: "approach.tracks", sectionKey: "approach", sectionName: "Lokale aanpak", sectionOrder: 1, text: "Welke sporen?", options: { PHYSICAL_ENVIRONMENT: "Fysieke omgeving", SOCIAL_ENVIRONMENT: "Sociale omgeving" } },
    "monitoring.attention": { key: "monitoring.attention", sectionKey: "monitoring", sectionName: "Monitoring", sectionOrder: 5, text: "Monitoring?", options: {} },
    "support.integrated_approach": { key: "support.integrated_approach", sectionKey: "support", sectionName: "Ondersteuning", sectionOrder: 3, text: "Geholpen?", options: { HELPED: "Geholpen" } },
  },
  { yes: "Ja", no: "Nee", HELPED_OR_STRONGLY: "Geholpen of sterk geholpen", STRONGLY_HELPED: "Sterk geholpen", NOT_HELPED: "Niet geholpen" },
);

/** A translate stub that shows the key and its values, so tests can see what was asked for. */
export const t = (key: string, values?: Record<string, string | number>) => (values ? `${key}(${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(",")})` : key);

export const ctx: TableContext = { t, locale: "nl", labels, generatedAt: "2026-11-25T10:00:00.000Z" };
