import type { ReactNode } from "react";

/** What a list or table shows when there is nothing to show, with a way forward. */
export function EmptyState({
  title,
  text,
  headingLevel = 2,
  children,
}: {
  title?: string;
  text: string;
  headingLevel?: 2 | 3;
  children?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="rounded border border-dashed border-muted bg-surface px-6 py-10 text-center">
      {title ? <Heading className="text-xl font-semibold">{title}</Heading> : null}
      <p className="mx-auto mt-2 max-w-xl text-muted">{text}</p>
      {children ? <div className="mt-6">{children}</div> : null}
    </div>
  );
}
