import type nl from "@/messages/nl.json";

// Which message namespaces reach the browser. Server components translate on the server and send
// nothing; only client components need messages, and sending the whole catalog (about 100 kB, escaped
// twice in the page's inline payload) with every page made each page ~170 kB heavier and slower to render.
// See docs/decisions/042-client-messages.md.

export type Namespace = keyof typeof nl;

/** What every page's client components may need: the shell (sign-out, language, notifications) and errors. */
export const BASE_NAMESPACES = ["errors", "auth", "common", "shell", "notifications", "validation"] as const satisfies readonly Namespace[];

/**
 * Only the parts of `workspace` that client forms use (labels of enums, form states, validation messages):
 * its home and summary texts are rendered on the server.
 */
const WORKSPACE_FORMS = ["workspace.form", "workspace.enums", "workspace.validation"] as const;

/** Per section with client forms: its own namespaces (or parts, "namespace.key") plus those its action results refer to. */
export const SECTION_NAMESPACES = {
  admin: ["admin", "surveyAdmin", "imports", "municipalityAdmin", "mail", "audit", "workspace", "questionnaire", "review"],
  approach: ["approach", ...WORKSPACE_FORMS, "initiatives"],
  initiatives: ["initiatives", ...WORKSPACE_FORMS],
  questionnaire: ["questionnaire", "review", ...WORKSPACE_FORMS],
  advice: ["advice", ...WORKSPACE_FORMS],
  review: ["review", "questionnaire", ...WORKSPACE_FORMS],
} as const satisfies Record<string, readonly (Namespace | `${Namespace}.${string}`)[]>;

/**
 * The named namespaces of a catalog, whole, or parts of one ("workspace.form": that key of the namespace,
 * kept at its place). Pure; unknown names are skipped.
 */
export function pickMessages<M extends Record<string, unknown>>(messages: M, namespaces: readonly string[]): Partial<M> {
  const out: Record<string, unknown> = {};
  for (const name of namespaces) {
    const [ns, ...rest] = name.split(".");
    if (!ns || !(ns in messages)) continue;
    if (rest.length === 0) {
      out[ns] = messages[ns];
      continue;
    }
    let from: unknown = messages[ns];
    for (const key of rest) from = from && typeof from === "object" ? (from as Record<string, unknown>)[key] : undefined;
    if (from === undefined) continue;
    if (out[ns] !== undefined && (typeof out[ns] !== "object" || out[ns] === messages[ns])) continue; // the whole namespace is already there
    let into = (out[ns] ??= {}) as Record<string, unknown>;
    for (const key of rest.slice(0, -1)) into = (into[key] ??= {}) as Record<string, unknown>;
    into[rest.at(-1)!] = from;
  }
  return out as Partial<M>;
}
