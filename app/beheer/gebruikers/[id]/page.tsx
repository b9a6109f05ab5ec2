import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { AccountSections } from "@/components/admin/user-account-sections";
import { AssignmentSection, MembershipSection } from "@/components/admin/user-access-sections";
import { PageHeader } from "@/components/ui/page-header";
import { found } from "@/lib/auth/found";
import { requireViewer } from "@/lib/auth/viewer";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/config";
import { getUserDetail, listMunicipalityChoices } from "@/lib/users/queries";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("detailTitle") };
}

export default async function UserDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/beheer/gebruikers/${id}`);
  const [user, municipalities] = await Promise.all([found(getUserDetail(viewer, id)), found(listMunicipalityChoices(viewer))]);
  const t = await getTranslations("admin.users");
  const tr = await getTranslations("auth.roles");
  const locale = (await getLocale()) as AppLocale;
  const facts: [string, string][] = [
    [t("email"), user.email],
    [t("role"), tr(user.role)],
    [t("status"), user.active ? t("active") : t("inactive")],
    [t("lastLogin"), user.lastLoginAt ? formatDate(user.lastLoginAt, locale) : t("never")],
    [t("createdAt"), formatDate(user.createdAt, locale)],
  ];
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/gebruikers">{t("backToList")}</Link>
      </p>
      <PageHeader title={user.name} />
      <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        {facts.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-semibold">{k}</dt>
            <dd className="break-all">{v}</dd>
          </div>
        ))}
      </dl>
      {user.role === "CIVIL_SERVANT" || user.memberships.length > 0 ? <MembershipSection user={user} municipalities={municipalities} editable={user.role === "CIVIL_SERVANT"} /> : null}
      {user.role === "ADVISER" || user.assignments.length > 0 ? <AssignmentSection user={user} municipalities={municipalities} editable={user.role === "ADVISER"} /> : null}
      <AccountSections user={user} isSelf={user.id === viewer.id} />
    </>
  );
}
