// The choices of an advice entry as plain lists (forms may not import the generated Prisma client).
import type { AdviceKind, AdviceMode } from "@/lib/generated/prisma/enums";

export const ADVICE_KINDS = ["CONTENT", "STRATEGIC", "PROCESS"] as const satisfies readonly AdviceKind[];
export const ADVICE_MODES = ["VISIT", "ONLINE", "PHONE", "NETWORK_EVENT"] as const satisfies readonly AdviceMode[];
export type AdviceKindKey = (typeof ADVICE_KINDS)[number];
export type AdviceModeKey = (typeof ADVICE_MODES)[number];

/** Follow-up rows the form offers at most (a log entry, not a project plan). */
export const MAX_FOLLOW_UPS = 10;
export const NOTES_MAX = 5000;
export const FOLLOW_UP_MAX = 300;
