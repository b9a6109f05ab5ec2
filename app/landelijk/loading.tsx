import { getTranslations } from "@/lib/i18n/server";
import { Container } from "@/components/ui/container";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

export default async function Loading() {
  const t = await getTranslations("common");
  return (
    <Container className="py-10">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <Skeleton className="mb-3 h-10 w-72" />
      <Skeleton className="mb-8 h-6 w-full max-w-2xl" />
      <Skeleton className="mb-8 h-10 w-60" />
      <div className="mb-12 grid gap-4 sm:grid-cols-3">
        <Skeleton className="h-24" />
        <Skeleton className="h-24" />
        <Skeleton className="h-24" />
      </div>
      <TableSkeleton rows={5} />
    </Container>
  );
}
