"use client";
import { useTranslations } from "next-intl";
import { TextArea } from "@/components/workspace/fields";
import { FormStatus } from "@/components/workspace/form-status";
import { fieldError } from "@/components/workspace/messages";
import { useFormAction } from "@/components/workspace/use-form-action";
import { acceptQuestionnaireAction, returnQuestionnaireAction } from "@/lib/review/actions";
import { COMMENT_MAX } from "@/lib/review/schemas";
import { ConfirmDialog } from "./confirm-dialog";

type Props = { code: string; responseId: string; version: number; currentComments: number; name: string };

/** Return for clarification (a comment is required) or accept; both ask for confirmation first. */
export function DecisionPanel({ code, responseId, version, currentComments, name }: Props) {
  const t = useTranslations("review.decision");
  const tAll = useTranslations();
  const ret = useFormAction(returnQuestionnaireAction);
  const acc = useFormAction(acceptQuestionnaireAction);
  const retError = ret.state && !ret.state.ok ? fieldError(tAll, ret.state.fieldErrors, "message") : undefined;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form action={ret.formAction} onSubmit={ret.onSubmit} noValidate className="space-y-4 rounded border border-line p-4">
        <h3 className="text-xl font-semibold">{t("returnTitle")}</h3>
        <p>{t("returnText", { count: currentComments })}</p>
        <FormStatus state={ret.state} success={t("returned")} />
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="responseId" value={responseId} />
        <input type="hidden" name="version" value={version} />
        <TextArea name="message" label={t("message")} hint={t("messageHint")} maxLength={COMMENT_MAX} error={retError} />
        <ConfirmDialog id="confirm-return" trigger={t("return")} title={t("returnConfirmTitle", { name })} confirm={t("returnConfirm")} cancel={t("cancel")} disabled={ret.pending}>
          <p>{t("returnConfirmText")}</p>
        </ConfirmDialog>
      </form>
      <form action={acc.formAction} onSubmit={acc.onSubmit} className="space-y-4 rounded border border-line p-4">
        <h3 className="text-xl font-semibold">{t("acceptTitle")}</h3>
        <p>{t("acceptText")}</p>
        <FormStatus state={acc.state} success={t("accepted")} />
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="responseId" value={responseId} />
        <input type="hidden" name="version" value={version} />
        <ConfirmDialog id="confirm-accept" trigger={t("accept")} title={t("acceptConfirmTitle", { name })} confirm={t("acceptConfirm")} cancel={t("cancel")} disabled={acc.pending}>
          <p>{t("acceptConfirmText")}</p>
        </ConfirmDialog>
      </form>
    </div>
  );
}
