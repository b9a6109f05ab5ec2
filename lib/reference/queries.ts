import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/config";

// Reference data shown to everyone: the five tracks, the eight pillars, the question bank's texts
// and the survey rounds. Texts are returned in the requested language only.

export type TrackDTO = { code: string; name: string; description: string };
export type PillarDTO = { number: number; name: string; description: string };
export type QuestionLabelDTO = {
  key: string;
  sectionKey: string;
  sectionName: string;
  sectionOrder: number;
  text: string;
  /** Option key → option text. */
  options: Record<string, string>;
};

type TrackRow = { code: string; nameNl: string; nameEn: string; descriptionNl: string; descriptionEn: string };
type PillarRow = { number: number; nameNl: string; nameEn: string; descriptionNl: string; descriptionEn: string };

/**
 * Both lists in one query (a page that shows one mostly shows the other). The seed writes them and nothing
 * in the portal changes them: cached for everybody ('use cache', tagged `reference`).
 */
async function programme(): Promise<{ tracks: TrackRow[]; pillars: PillarRow[] }> {
  "use cache";
  cacheTag(TAGS.reference);
  cacheLife("days");
  const [row] = await db.$queryRaw<{ tracks: TrackRow[] | null; pillars: PillarRow[] | null }[]>`
    select
      (select json_agg(json_build_object('code', code, 'nameNl', name_nl, 'nameEn', name_en,
                'descriptionNl', description_nl, 'descriptionEn', description_en) order by sort_order) from track) as tracks,
      (select json_agg(json_build_object('number', number, 'nameNl', name_nl, 'nameEn', name_en,
                'descriptionNl', description_nl, 'descriptionEn', description_en) order by number) from pillar) as pillars`;
  return { tracks: row?.tracks ?? [], pillars: row?.pillars ?? [] };
}

const trackRows = async () => (await programme()).tracks;
const pillarRows = async () => (await programme()).pillars;

export async function listTracks(locale: AppLocale): Promise<TrackDTO[]> {
  const rows = await trackRows();
  return rows.map((r) => ({
    code: r.code,
    name: locale === "en" ? r.nameEn : r.nameNl,
    description: locale === "en" ? r.descriptionEn : r.descriptionNl,
  }));
}

export async function listPillars(locale: AppLocale): Promise<PillarDTO[]> {
  const rows = await pillarRows();
  return rows.map((r) => ({
    number: r.number,
    name: locale === "en" ? r.nameEn : r.nameNl,
    description: locale === "en" ? r.descriptionEn : r.descriptionNl,
  }));
}

/** The question bank's texts (both languages), cached for everybody; a question-bank edit expires `reference`. */
async function questionRows() {
  "use cache";
  cacheTag(TAGS.reference);
  cacheLife("days");
  return db.question.findMany({
    select: {
      key: true,
      textNl: true,
      textEn: true,
      section: { select: { key: true, sortOrder: true, nameNl: true, nameEn: true } },
      options: { select: { key: true, textNl: true, textEn: true }, orderBy: { sortOrder: "asc" } },
    },
  });
}

/** Question and option texts of the question bank, keyed by question key. */
export async function getQuestionLabels(locale: AppLocale): Promise<Map<string, QuestionLabelDTO>> {
  const rows = await questionRows();
  return new Map(
    rows.map((q) => [
      q.key,
      {
        key: q.key,
        sectionKey: q.section.key,
        sectionName: locale === "en" ? q.section.nameEn : q.section.nameNl,
        sectionOrder: q.section.sortOrder,
        text: locale === "en" ? q.textEn : q.textNl,
        options: Object.fromEntries(q.options.map((o) => [o.key, locale === "en" ? o.textEn : o.textNl])),
      },
    ]),
  );
}

/** Years of the survey rounds, oldest first. */
export async function listRoundYears(): Promise<number[]> {
  const rows = await db.surveyRound.findMany({ select: { year: true }, orderBy: { year: "asc" } });
  return rows.map((r) => r.year);
}
