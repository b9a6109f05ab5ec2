import type { Metadata } from "next";
import { Suspense } from "react";
import { Container } from "@/components/ui/container";
import { DefinitionList } from "@/components/ui/definition-list";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { requireViewer } from "@/lib/auth/viewer";
import { getTranslations } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

/**
 * "Mijn gegevens": the signed-in viewer's name, e-mail and role. Deliberately minimal — one query (the
 * viewer) inside the portal's shell — so `npm run bench` uses it as the floor of a signed-in dynamic page.
 * The page itself reads no request data; everything that does (session, locale) streams in below.
 */
export default function ProfilePage() {
  return (
    <Container className="py-10">
      <Suspense fallback={<ProfileSkeleton />}>
        <Profile />
      </Suspense>
    </Container>
  );
}

async function Profile() {
  const viewer = await requireViewer("/profiel");
  const t = await getTranslations("profile");
  const ta = await getTranslations("auth");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <DefinitionList
        className="max-w-3xl"
        rows={[
          [t("name"), viewer.name],
          [t("email"), viewer.email],
          [t("role"), ta(`roles.${viewer.role}`)],
        ]}
      />
      <p className="mt-8 max-w-3xl text-muted">{t("changeHint")}</p>
    </>
  );
}

function ProfileSkeleton() {
  return (
    <div className="max-w-3xl space-y-4">
      <Skeleton className="h-10 w-64" />
      <Skeleton className="h-6 w-96 max-w-full" />
      <Skeleton className="mt-8 h-24 w-full" />
    </div>
  );
}
