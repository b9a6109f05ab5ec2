import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { Suspense } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";

export async function SiteHeader() {
  const t = await getTranslations("shell");
  const tn = await getTranslations("network");
  const items = [
    { href: "/", label: t("nav.home") },
    { href: "/gemeenten", label: t("nav.municipalities") },
    { href: "/initiatieven", label: tn("nav") },
    { href: "/landelijk", label: t("nav.national") },
  ];
  // Role-specific destinations; the pages themselves check access again.
  const viewer = await getViewer();
  if (viewer?.role === "ADVISER") items.push({ href: "/adviseur", label: t("nav.caseload") });
  if (viewer && (can(viewer.role, "manage", "user") || can(viewer.role, "manage", "survey-admin"))) items.push({ href: "/beheer", label: t("nav.admin") });
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-5 sm:px-6">
        <div className="flex items-center gap-3">
          <span aria-hidden="true" className="block h-12 w-3 bg-brand-900" />
          <div className="flex flex-col">
            <Link href="/" className="text-xl font-semibold text-brand-900 no-underline hover:underline">
              {t("portalName")}
            </Link>
            <span className="text-sm text-muted">{t("tagline")}</span>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <Suspense fallback={null}>
            <NotificationBell />
          </Suspense>
          <UserMenu />
          <LanguageSwitch />
        </div>
      </div>
      <MainNav items={items} label={t("mainNav")} />
    </header>
  );
}
