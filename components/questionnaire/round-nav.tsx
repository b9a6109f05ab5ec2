import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { label } from "@/components/workspace/messages";
import type { QuestionnaireDTO } from "@/lib/questionnaire/types";

/** The rounds this municipality can look at, with its status in each; the shown round is current. */
export async function QuestionnaireRoundNav({ code, rounds, current }: { code: string; rounds: QuestionnaireDTO["rounds"]; current: number }) {
  const t = await getTranslations();
  if (rounds.length < 2) return null;
  return (
    <nav aria-label={t("questionnaire.rounds.label")} className="mb-8">
      <ul className="flex flex-wrap gap-2">
        {rounds.map((r) => (
          <li key={r.year}>
            <Link
              href={`/gemeenten/${code}/vragenlijst?ronde=${r.year}`}
              aria-current={r.year === current ? "page" : undefined}
              className={`block rounded border-2 border-brand-900 px-4 py-1.5 no-underline ${r.year === current ? "bg-brand-900 text-white hover:text-white" : "bg-white text-brand-900 hover:bg-brand-50"}`}
            >
              <span className="font-semibold">{r.year}</span>
              <span className="ml-2 text-sm">{label(t, `workspace.enums.responseStatus.${r.status}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
