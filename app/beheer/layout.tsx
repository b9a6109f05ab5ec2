import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { SessionActivity } from "@/components/auth/session-activity";
import { ClientMessages } from "@/components/shell/client-messages";
import { Container } from "@/components/ui/container";
import { permissionsOf } from "@/lib/auth/permissions";
import { keepAliveMs } from "@/lib/auth/session-config";
import { requireViewer } from "@/lib/auth/viewer";

// The admin area's frame (also of the survey, import and municipality administration pages). The role
// check here only spares others an empty page: every query and action under /beheer checks its own
// permission again (a layout does not guard server actions).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer("/beheer");
  if (!permissionsOf(viewer.role).some((p) => p.startsWith("manage:"))) notFound();
  const t = await getTranslations("admin");
  const items = [
    { href: "/beheer", label: t("nav.home") },
    { href: "/beheer/gebruikers", label: t("nav.users") },
    { href: "/beheer/gemeenten", label: t("nav.municipalities") },
    { href: "/beheer/vragenlijsten", label: t("nav.surveys") },
    { href: "/beheer/import", label: t("nav.import") },
    { href: "/beheer/audit", label: t("nav.audit") },
    { href: "/beheer/tokens", label: t("nav.tokens") },
  ];
  return (
    <Container className="py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t("area")}</p>
      <AdminNav items={items} label={t("nav.label")} />
      <SessionActivity intervalMs={keepAliveMs()} />
      <ClientMessages section="admin">{children}</ClientMessages>
    </Container>
  );
}
