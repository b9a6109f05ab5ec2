import { getTranslations } from "@/lib/i18n/server";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <Container className="py-16">
      <PageHeader title={t("notFoundTitle")} lead={t("notFoundText")} />
      <ButtonLink href="/">{t("toHome")}</ButtonLink>
    </Container>
  );
}
