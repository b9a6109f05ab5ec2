"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { dangerButtonClass } from "@/components/admin/styles";
import { buttonClass } from "@/components/ui/button-link";
import { setRoundStatus } from "@/lib/survey-admin/round-actions";
import { useFormAction } from "./use-form-action";

type Status = "DRAFT" | "OPEN" | "CLOSED";
type Props = { id: string; version: number; year: number; status: Status; responses: number };
type Move = { to: Status; verb: "open" | "reopen" | "close" | "draft" };

/** What can happen next: open a draft, reopen a closed round, close an open one, or (nobody started) undo opening. */
function movesFrom(status: Status, responses: number): Move[] {
  if (status === "DRAFT") return [{ to: "OPEN", verb: "open" }];
  if (status === "CLOSED") return [{ to: "OPEN", verb: "reopen" }];
  return responses === 0 ? [{ to: "CLOSED", verb: "close" }, { to: "DRAFT", verb: "draft" }] : [{ to: "CLOSED", verb: "close" }];
}

/**
 * The round's status changes, each after a confirmation. One form and one live region, so the outcome stays
 * announced after the page refreshes with the new status (the message says what the status is now).
 */
export function RoundStatusForm({ id, version, year, status, responses }: Props) {
  const t = useTranslations("surveyAdmin.rounds");
  const [state, onSubmit, pending] = useFormAction(setRoundStatus);
  // The confirmation shows while no newer result has arrived since the admin asked for it.
  const [asked, setAsked] = useState<{ move: Move; at: unknown } | null>(null);
  const asking = asked && asked.at === state ? asked.move : null;
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  const y = String(year);
  const done = t(status === "CLOSED" ? "closeDone" : status === "DRAFT" ? "draftDone" : "openDone");
  return (
    <form onSubmit={onSubmit} aria-label={t("statusTitle")} className="mt-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormStatus state={state} success={done} />
      {asking ? (
        <div className="rounded border-2 border-red-700 bg-red-50 p-4">
          <input type="hidden" name="confirm" value="yes" />
          <p className="font-semibold">{t(`${asking.verb}Confirm`, { year: y })}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button ref={yes} type="submit" name="status" value={asking.to} disabled={pending} className={asking.to === "CLOSED" ? dangerButtonClass : buttonClass("primary")}>
              {t(`${asking.verb}Yes`)}
            </button>
            <button type="button" className={buttonClass("secondary")} onClick={() => setAsked(null)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3">
          {movesFrom(status, responses).map((move) => (
            <button key={move.to} type="button" className={move.to === "CLOSED" ? dangerButtonClass : buttonClass(move.to === "OPEN" ? "primary" : "secondary")} onClick={() => setAsked({ move, at: state })}>
              {t(`${move.verb}Button`)}
            </button>
          ))}
        </div>
      )}
    </form>
  );
}
