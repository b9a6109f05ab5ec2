import type { ReactNode } from "react";

/** The page's single h1 with an optional lead paragraph. */
export function PageHeader({ title, lead, children }: { title: string; lead?: string; children?: ReactNode }) {
  return (
    <div className="mb-8 max-w-3xl">
      <h1 className="text-3xl font-semibold sm:text-4xl">{title}</h1>
      {lead ? <p className="mt-3 text-lg text-muted">{lead}</p> : null}
      {children}
    </div>
  );
}
