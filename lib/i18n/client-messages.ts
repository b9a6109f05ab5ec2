import type nl from "@/messages/nl.json";

// Which message namespaces reach the browser. Server components translate on the server and send
// nothing; only client components need messages, and sending the whole catalog (about 100 kB, escaped
// twice in the page's inline payload) with every page made each page ~170 kB heavier and slower to render.
// See docs/decisions/042-client-messages.md.

export type Namespace = keyof typeof nl;

/** What every page's client components may need: the shell (sign-out, language, notifications) and errors. */
export const BASE_NAMESPACES = ["errors", "auth", "common", "shell", "notifications", "validation"] as const satisfies readonly Namespace[];

/** Per section with client forms: its own namespaces plus those its action results refer to. */
export const SECTION_NAMESPACES = {
  admin: ["admin", "surveyAdmin", "imports", "municipalityAdmin", "mail", "audit", "workspace", "questionnaire", "review"],
  approach: ["approach", "workspace", "initiatives"],
  initiatives: ["initiatives", "workspace"],
  questionnaire: ["questionnaire", "review", "workspace"],
  advice: ["advice", "workspace"],
  review: ["review", "questionnaire", "workspace"],
} as const satisfies Record<string, readonly Namespace[]>;

/** The named namespaces of a catalog (pure; unknown names are skipped). */
export function pickMessages<M extends Record<string, unknown>>(messages: M, namespaces: readonly string[]): Partial<M> {
  const out: Partial<M> = {};
  for (const ns of namespaces) if (ns in messages) out[ns as keyof M] = messages[ns as keyof M];
  return out;
}
