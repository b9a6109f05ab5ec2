import type { Metadata } from "next";
import type { ReactNode } from "react";
import { GeistSans } from "geist/font/sans";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ClientMessages } from "@/components/shell/client-messages";
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

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col">
        <ClientMessages>
          <SkipLink />
          <SiteHeader />
          <main id={MAIN_ID} tabIndex={-1} className="flex-1">
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
