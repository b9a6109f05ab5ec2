import { getTranslations } from "@/lib/i18n/server";
import { env } from "@/lib/env";

function isDemoMode(): boolean {
  try {
    return env().DEMO_MODE === "1";
  } catch {
    // An invalid environment is reported by the data layer; the footer just shows no marker.
    return false;
  }
}

export async function SiteFooter() {
  const t = await getTranslations("shell.footer");
  const demo = isDemoMode();
  return (
    <footer className="on-dark mt-16 bg-brand-900 text-white">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-2">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="text-base font-semibold text-white">
            {t("heading")}
          </h2>
          <p className="mt-2 text-sm text-brand-50">{t("about")}</p>
        </section>
        <section aria-labelledby="footer-source">
          <h2 id="footer-source" className="text-base font-semibold text-white">
            {t("sourceHeading")}
          </h2>
          <p className="mt-2 text-sm text-brand-50">{t("attribution")}</p>
        </section>
      </div>
      {demo ? (
        <div className="bg-demo text-ink">
          <p className="mx-auto max-w-6xl px-4 py-3 text-sm sm:px-6">
            <strong className="mr-2 inline-block rounded border border-ink px-2 py-0.5 text-xs font-bold uppercase tracking-wide">
              {t("demo")}
            </strong>
            {t("demoExplanation")}
          </p>
        </div>
      ) : null}
    </footer>
  );
}
