"use client";
import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/workspace/use-form-action";
import { deleteReviewCommentAction } from "@/lib/review/actions";

/** Withdraw one's own comment before the questionnaire goes back (asks first). */
export function DeleteComment({ code, id }: { code: string; id: string }) {
  const t = useTranslations("review");
  const { state, formAction, submit, pending } = useFormAction(deleteReviewCommentAction);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        e.preventDefault();
        if (window.confirm(t("deleteConfirm"))) submit(new FormData(e.currentTarget));
      }}
      className="mt-2"
    >
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="text-sm font-semibold text-red-800 underline">{t("deleteComment")}</button>
      <span aria-live="polite" className="ml-2 text-sm">{state && !state.ok ? t("deleteFailed") : ""}</span>
    </form>
  );
}
