import { formatPercent } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { share, type Comparison } from "@/lib/workspace/matrix";

/** A share with its base ("70% (n = 104)"), or "no data" when nobody is in the denominator. */
export function Share({ c, locale, noData }: { c: Comparison; locale: AppLocale; noData: string }) {
  const s = share(c.yes, c.n);
  if (s === null) return <span className="text-muted">{noData}</span>;
  return (
    <span>
      <span className="font-semibold">{formatPercent(s, locale)}</span>
      <span className="text-sm text-muted"> (n&nbsp;=&nbsp;{c.n})</span>
    </span>
  );
}

export function percentText(c: Comparison, locale: AppLocale): string {
  const s = share(c.yes, c.n);
  return s === null ? "–" : formatPercent(s, locale);
}
