import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { TokenCreateForm } from "@/components/admin/token-create-form";
import { TokensTable } from "@/components/admin/tokens-table";
import { PageHeader } from "@/components/ui/page-header";
import { listApiTokens, listTokenOwners } from "@/lib/api-tokens/queries";
import { found } from "@/lib/auth/found";
import { requireViewer } from "@/lib/auth/viewer";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.tokens"))("title") };
}

export default async function TokensPage() {
  const viewer = await requireViewer("/beheer/tokens");
  const [tokens, owners] = await Promise.all([found(listApiTokens(viewer)), found(listTokenOwners(viewer))]);
  const t = await getTranslations("admin.tokens");
  const tr = await getTranslations("auth.roles");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <section aria-labelledby="token-create">
        <h2 id="token-create" className="mb-4 text-2xl font-semibold">{t("createTitle")}</h2>
        <TokenCreateForm owners={owners.map((o) => ({ id: o.id, name: o.name, email: o.email, roleLabel: tr(o.role) }))} />
      </section>
      <section aria-labelledby="token-list" className="mt-12">
        <h2 id="token-list" className="mb-4 text-2xl font-semibold">{t("listTitle")}</h2>
        {tokens.length === 0 ? <p className="text-muted">{t("empty")}</p> : <TokensTable tokens={tokens} />}
        <p className="mt-6 text-sm text-muted">{t("usage")}</p>
      </section>
    </>
  );
}
