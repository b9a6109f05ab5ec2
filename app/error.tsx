"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition } from "react";
import { buttonClass } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";

/** Shown when a page fails: a calm message and a retry, never the error's details. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const router = useRouter();
  // A server component error needs fresh server data: refresh the route, then re-render the segment.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <Container className="py-16">
      <div role="alert">
        <PageHeader title={t("errorTitle")} lead={t("errorText")} />
      </div>
      {error.digest ? <p className="mb-6 text-sm text-muted">{t("errorReference", { digest: error.digest })}</p> : null}
      <button type="button" onClick={retry} className={buttonClass("primary")}>
        {t("retry")}
      </button>
    </Container>
  );
}
