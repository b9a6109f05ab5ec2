import { Skeleton } from "@/components/ui/skeleton";

/** The header's shape while the viewer's own header (user menu, bell, role-specific links) streams in. */
export function HeaderSkeleton() {
  return (
    <div aria-hidden="true" className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-5 sm:px-6">
        <div className="flex items-center gap-3">
          <span className="block h-12 w-3 bg-brand-900" />
          <div className="flex flex-col gap-2">
            <Skeleton className="h-6 w-48" />
            <Skeleton className="h-4 w-64" />
          </div>
        </div>
        <Skeleton className="h-8 w-40" />
      </div>
      <div className="h-12 bg-brand-900" />
    </div>
  );
}

/** The prerendered document's placeholder: the header's and the content's shapes, no text. */
export function ShellSkeleton() {
  return (
    <div aria-hidden="true" className="flex flex-1 flex-col">
      <HeaderSkeleton />
      <div className="mx-auto w-full max-w-6xl flex-1 space-y-4 px-4 py-10 sm:px-6">
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="h-5 w-1/2" />
        <Skeleton className="h-48 w-full" />
      </div>
      <div className="mt-16 h-40 bg-brand-900" />
    </div>
  );
}
