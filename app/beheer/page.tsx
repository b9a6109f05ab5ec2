import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ROLES } from "@/lib/auth/permissions";
import { found } from "@/lib/auth/found";
import { requireViewer } from "@/lib/auth/viewer";
import { getAdminOverview } from "@/lib/users/queries";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("home.title") };
}

export default async function AdminHomePage() {
  const viewer = await requireViewer("/beheer");
  const overview = await found(getAdminOverview(viewer));
  const t = await getTranslations("admin.home");
  const tr = await getTranslations("auth.roles");
  const cards = [
    { href: "/beheer/gebruikers", title: t("usersTitle"), text: t("usersText", { inactive: overview.inactiveUsers }) },
    { href: "/beheer/gemeenten", title: t("municipalitiesTitle"), text: t("municipalitiesText") },
    { href: "/beheer/vragenlijsten", title: t("surveysTitle"), text: t("surveysText") },
    { href: "/beheer/import", title: t("importTitle"), text: t("importText") },
    { href: "/beheer/audit", title: t("auditTitle"), text: t("auditText", { count: overview.auditLast24h }) },
    { href: "/beheer/tokens", title: t("tokensTitle"), text: t("tokensText", { count: overview.activeTokens }) },
  ];
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <section aria-labelledby="users-by-role">
        <h2 id="users-by-role" className="text-xl font-semibold">{t("activeUsers")}</h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-4">
          {ROLES.map((r) => (
            <div key={r} className="rounded bg-surface p-4">
              <dt className="text-sm text-muted">{tr(r)}</dt>
              <dd className="text-3xl font-semibold text-brand-900">{overview.usersByRole[r]}</dd>
            </div>
          ))}
        </dl>
      </section>
      <ul className="mt-10 grid gap-4 sm:grid-cols-3">
        {cards.map((c) => (
          <li key={c.href} className="rounded border border-line p-5">
            <h2 className="text-lg font-semibold">
              <Link href={c.href}>{c.title}</Link>
            </h2>
            <p className="mt-2 text-sm">{c.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
