import type { ReactNode } from "react";

/** A two-column list of labelled values (a record read-only): term left, value right on wider screens. */
export function DefinitionList({ rows, className = "" }: { rows: readonly (readonly [string, ReactNode])[]; className?: string }) {
  return (
    <dl className={`grid gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr] ${className}`}>
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-semibold">{k}</dt>
          <dd className="whitespace-pre-line">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
