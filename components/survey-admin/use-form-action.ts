"use client";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionState } from "@/lib/actions/state";

/**
 * Submits a form to a server action without React's automatic form reset, so a refused form keeps what the
 * admin typed (and a chosen file stays chosen). The pressed button's name and value are sent along.
 */
export function useFormAction<T>(action: (prev: ActionState<T>, form: FormData) => Promise<ActionState<T>>) {
  const [state, setState] = useState<ActionState<T>>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(async () => {
      const next = await action(state, form);
      startTransition(() => setState(next));
    });
  };
  return [state, onSubmit, pending] as const;
}
