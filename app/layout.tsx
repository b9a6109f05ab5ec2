import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";
import { GeistSans } from "geist/font/sans";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ClientMessages } from "@/components/shell/client-messages";
import { DocumentLang } from "@/components/shell/document-lang";
import { HeaderSkeleton, ShellSkeleton } from "@/components/shell/shell-skeleton";
import { MAIN_ID, SkipLink } from "@/components/shell/skip-link";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
  };
}

/**
 * The document is the same for everybody and prerendered (docs/decisions/050-one-cache-model.md). Everything
 * in it depends on the locale (a cookie) and mostly on the viewer, so it streams behind <Suspense>: the
 * shell with the header first (its own boundary: user menu, bell), then each page's content.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl" className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col">
        <Suspense fallback={<ShellSkeleton />}>
          <LocalizedShell>{children}</LocalizedShell>
        </Suspense>
      </body>
    </html>
  );
}

async function LocalizedShell({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <ClientMessages>
      {/* <html lang> cannot wait for the cookie (it is prerendered as Dutch): an English page corrects it
          before anything is read; the wrapper's lang holds without scripts too. */}
      {locale !== "nl" ? <script dangerouslySetInnerHTML={{ __html: `document.documentElement.lang=${JSON.stringify(locale)}` }} /> : null}
      <DocumentLang locale={locale} />
      <div lang={locale} className="flex flex-1 flex-col">
        <SkipLink />
        <Suspense fallback={<HeaderSkeleton />}>
          <SiteHeader />
        </Suspense>
        <main id={MAIN_ID} tabIndex={-1} className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </div>
    </ClientMessages>
  );
}
