"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/admin/action-form";
import { deleteQuestion } from "@/lib/survey-admin/question-actions";

export function DeleteQuestionForm({ questionKey, version }: { questionKey: string; version: number }) {
  const t = useTranslations("surveyAdmin.questions");
  return (
    <ActionForm
      action={deleteQuestion}
      hidden={{ key: questionKey, version }}
      label={t("deleteLabel")}
      submitLabel={t("delete")}
      confirm={{ prompt: t("deleteConfirm", { key: questionKey }), yes: t("deleteYes"), cancel: t("cancel") }}
      danger
    />
  );
}
