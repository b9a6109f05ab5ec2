// A small coloured label for round, response and message states (text carries the meaning; colour helps).
const TONES: Record<string, string> = {
  OPEN: "bg-green-100 text-green-900 border-green-700",
  DRAFT: "bg-surface text-ink border-muted",
  CLOSED: "bg-brand-50 text-brand-900 border-brand-700",
  NOT_STARTED: "bg-red-50 text-red-900 border-red-700",
  RETURNED: "bg-amber-50 text-amber-900 border-amber-700",
  SUBMITTED: "bg-brand-50 text-brand-900 border-brand-700",
  ACCEPTED: "bg-green-100 text-green-900 border-green-700",
  QUEUED: "bg-amber-50 text-amber-900 border-amber-700",
  SENDING: "bg-brand-50 text-brand-900 border-brand-700",
  SENT: "bg-green-100 text-green-900 border-green-700",
  FAILED: "bg-red-50 text-red-900 border-red-700",
};

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${TONES[status] ?? TONES.DRAFT}`}>{label}</span>;
}
