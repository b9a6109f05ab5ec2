import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { Skeleton } from "@/components/ui/skeleton";

export default async function Loading() {
  const t = await getTranslations("common");
  return (
    <Container className="py-12">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <Skeleton className="mb-4 h-10 w-96 max-w-full" />
      <Skeleton className="mb-10 h-20 w-full max-w-3xl" />
      <div className="grid gap-4 sm:grid-cols-3">
        <Skeleton className="h-32" />
        <Skeleton className="h-32" />
        <Skeleton className="h-32" />
      </div>
    </Container>
  );
}
