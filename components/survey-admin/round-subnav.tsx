import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";

/** The pages of one round; the current one is marked. */
export async function RoundSubnav({ year, current }: { year: number; current: "settings" | "preview" | "responses" }) {
  const t = await getTranslations("surveyAdmin.rounds");
  const items = [
    { key: "settings", href: `/beheer/vragenlijsten/${year}`, label: t("navSettings") },
    { key: "preview", href: `/beheer/vragenlijsten/${year}/voorbeeld`, label: t("navPreview") },
    { key: "responses", href: `/beheer/vragenlijsten/${year}/respons`, label: t("navResponses") },
  ] as const;
  return (
    <nav aria-label={t("navLabel", { year: String(year) })} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {items.map((i) => (
          <li key={i.key}>
            <Link
              href={i.href}
              aria-current={i.key === current ? "page" : undefined}
              className={`inline-block rounded border-2 px-3 py-1.5 no-underline ${i.key === current ? "border-brand-900 bg-brand-900 text-white hover:text-white" : "border-line"}`}
            >
              {i.label}
            </Link>
          </li>
        ))}
        <li>
          <a href={`/api/v1/rounds/${year}/export?format=csv`} className="inline-block rounded border-2 border-line px-3 py-1.5 no-underline" download>
            {t("exportCsv")}
          </a>
        </li>
        <li>
          <a href={`/api/v1/rounds/${year}/export?format=xlsx`} className="inline-block rounded border-2 border-line px-3 py-1.5 no-underline" download>
            {t("exportXlsx")}
          </a>
        </li>
      </ul>
    </nav>
  );
}
