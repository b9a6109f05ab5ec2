import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { LoginForm } from "@/components/auth/login-form";
import { Container } from "@/components/ui/container";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { OIDC_PROVIDER_ID, oidcProvider } from "@/lib/auth/options";
import { homePath } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";


export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");
  return { title: t("title"), robots: { index: false } };
}

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(one(params.callbackUrl));
  const viewer = await getViewer();
  // Signed in already (or just now: the form comes back here): on to the requested page or the role's home.
  if (viewer) redirect(callbackPath ?? homePath(viewer.role, viewer.municipalityCode));

  const t = await getTranslations("auth.login");
  const oidc = oidcProvider();
  return (
    <Container className="py-12">
      <div className="mx-auto max-w-md">
        <h1 id="login-title" className="text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-3 text-muted">{t("lead")}</p>
        {one(params.signedOut) ? (
          <p role="status" className="mt-6 rounded border-l-4 border-green-700 bg-green-50 px-4 py-3">{t("signedOut")}</p>
        ) : null}
        <div className="mt-8">
          <LoginForm
            callbackPath={callbackPath}
            initialError={one(params.error) ?? null}
            oidc={oidc ? { id: OIDC_PROVIDER_ID, name: oidc.name } : null}
          />
        </div>
        <p className="mt-8 text-sm text-muted">{t("help")}</p>
      </div>
    </Container>
  );
}
