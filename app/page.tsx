import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { PillarList, TrackList } from "@/components/home/reference-lists";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import type { AppLocale } from "@/lib/i18n/config";
import { countGidsMunicipalities } from "@/lib/municipalities/queries";
import { listPillars, listTracks } from "@/lib/reference/queries";


const USER_GROUPS = ["civilServant", "adviser", "vws", "staff"] as const;

export default async function HomePage() {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("home");
  const [tracks, pillars, gidsCount] = await Promise.all([
    listTracks(locale),
    listPillars(locale),
    countGidsMunicipalities(),
  ]);

  return (
    <>
      <section aria-labelledby="home-title" className="bg-brand-50">
        <Container className="py-12 sm:py-16">
          <h1 id="home-title" className="max-w-3xl text-3xl font-semibold sm:text-4xl">
            {t("title")}
          </h1>
          <p className="mt-4 max-w-3xl text-lg">{t("lead")}</p>
          <p className="mt-4 font-semibold text-brand-900">{t("gidsCount", { count: gidsCount })}</p>
          <div className="mt-8 flex flex-wrap gap-4">
            <ButtonLink href="/gemeenten">{t("ctaMunicipalities")}</ButtonLink>
            <ButtonLink href="/landelijk" variant="secondary">
              {t("ctaNational")}
            </ButtonLink>
          </div>
        </Container>
      </section>

      <Container className="py-12">
        <div className="grid gap-8 md:grid-cols-3">
          {(["why", "gids", "gezondin"] as const).map((key) => (
            <section key={key} aria-labelledby={`home-${key}`}>
              <h2 id={`home-${key}`} className="text-xl font-semibold">
                {t(`${key}Heading`)}
              </h2>
              <p className="mt-2">{t(`${key}Text`)}</p>
            </section>
          ))}
        </div>

        <section aria-labelledby="home-tracks" className="mt-14">
          <h2 id="home-tracks" className="text-2xl font-semibold">
            {t("tracksHeading")}
          </h2>
          <p className="mb-6 mt-2 max-w-3xl text-muted">{t("tracksIntro")}</p>
          <TrackList tracks={tracks} emptyText={t("emptyReference")} />
        </section>

        <section aria-labelledby="home-pillars" className="mt-14">
          <h2 id="home-pillars" className="text-2xl font-semibold">
            {t("pillarsHeading")}
          </h2>
          <p className="mb-6 mt-2 max-w-3xl text-muted">{t("pillarsIntro")}</p>
          <PillarList pillars={pillars} emptyText={t("emptyReference")} />
        </section>

        <section aria-labelledby="home-users" className="mt-14">
          <h2 id="home-users" className="text-2xl font-semibold">
            {t("usersHeading")}
          </h2>
          <ul className="mt-6 grid gap-4 sm:grid-cols-2">
            {USER_GROUPS.map((group) => (
              <li key={group} className="rounded bg-surface p-5">
                <h3 className="text-lg font-semibold">{t(`users.${group}Title`)}</h3>
                <p className="mt-2 text-sm">{t(`users.${group}Text`)}</p>
              </li>
            ))}
          </ul>
        </section>
      </Container>
    </>
  );
}
