import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { homePath } from "@/lib/auth/permissions";
import { keepAliveMs } from "@/lib/auth/session-config";
import { getViewer } from "@/lib/auth/viewer";
import { SessionActivity } from "./session-activity";
import { SignOutButton } from "./sign-out-button";

/**
 * The header's account corner: "Inloggen" for visitors; for a signed-in user their name, role, a link to
 * their home and "Uitloggen". It also keeps an active user's session alive (SessionActivity).
 */
export async function UserMenu() {
  const t = await getTranslations("auth");
  const viewer = await getViewer();
  if (!viewer) {
    return (
      <Link href="/login" className="font-medium" data-testid="sign-in-link">
        {t("signIn")}
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="user-menu">
      <span>
        <span className="sr-only">{t("signedInAs")} </span>
        <span className="font-semibold">{viewer.name}</span>
        <span className="text-muted"> · {t(`roles.${viewer.role}`)}</span>
      </span>
      <Link href={homePath(viewer.role, viewer.municipalityCode)}>{t("myHome")}</Link>
      <SignOutButton className="text-brand-700 hover:text-brand-900" />
      <SessionActivity intervalMs={keepAliveMs()} />
    </div>
  );
}
