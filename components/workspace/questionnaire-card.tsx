import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ButtonLink } from "@/components/ui/button-link";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import type { QuestionnaireStatusDTO } from "@/lib/questionnaire/types";
import { label } from "./messages";

const TONE: Record<string, string> = {
  NOT_STARTED: "border-amber-600 bg-amber-50",
  DRAFT: "border-amber-600 bg-amber-50",
  RETURNED: "border-red-700 bg-red-50",
  SUBMITTED: "border-green-700 bg-green-50",
  ACCEPTED: "border-green-700 bg-green-50",
};

/** The open round of the annual questionnaire: status, deadline and the way in. */
export async function QuestionnaireCard({ status, code, canWrite }: { status: QuestionnaireStatusDTO; code: string; canWrite: boolean }) {
  const t = await getTranslations("workspace");
  const locale = (await getLocale()) as AppLocale;
  if (!status) {
    return (
      <section aria-labelledby="q-card" className="rounded border-l-4 border-line bg-surface p-5">
        <h2 id="q-card" className="text-xl font-semibold">{t("home.questionnaire.heading")}</h2>
        <p className="mt-1">{t("home.questionnaire.noOpenRound")}</p>
      </section>
    );
  }
  const todo = canWrite && ["NOT_STARTED", "DRAFT", "RETURNED"].includes(status.status);
  return (
    <section aria-labelledby="q-card" className={`rounded border-l-4 p-5 ${TONE[status.status] ?? ""}`}>
      <h2 id="q-card" className="text-xl font-semibold">{t("home.questionnaire.headingYear", { year: status.year })}</h2>
      <p className="mt-1">
        <span className="font-semibold">{t("home.questionnaire.status")}: </span>
        {label(t, `enums.responseStatus.${status.status}`)}
        {status.submittedAt ? ` (${formatDate(status.submittedAt, locale)})` : ""}
      </p>
      <p>
        <span className="font-semibold">{t("home.questionnaire.deadline")}: </span>
        {formatDate(status.closesAt, locale)}
      </p>
      {status.status === "RETURNED" ? <p className="mt-1">{t("home.questionnaire.returned")}</p> : null}
      <div className="mt-4">
        <ButtonLink href={`/gemeenten/${code}/vragenlijst`} variant={todo ? "primary" : "secondary"}>
          {todo ? t("home.questionnaire.fillIn") : t("home.questionnaire.view")}
        </ButtonLink>
      </div>
    </section>
  );
}
