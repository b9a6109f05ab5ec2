import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { PageHeader } from "@/components/ui/page-header";
import { found } from "@/lib/auth/found";
import { requireViewer } from "@/lib/auth/viewer";
import { listMunicipalityChoices } from "@/lib/users/queries";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("createTitle") };
}

export default async function NewUserPage() {
  const viewer = await requireViewer("/beheer/gebruikers/nieuw");
  const municipalities = await found(listMunicipalityChoices(viewer));
  const t = await getTranslations("admin.users");
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/gebruikers">{t("backToList")}</Link>
      </p>
      <PageHeader title={t("createTitle")} lead={t("createLead")} />
      <CreateUserForm municipalities={municipalities.map(({ code, name }) => ({ code, name }))} />
    </>
  );
}
