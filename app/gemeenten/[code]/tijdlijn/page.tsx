import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { TimelineList } from "@/components/timeline/timeline-list";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { found } from "@/lib/auth/found";
import { requireViewer } from "@/lib/auth/viewer";
import { getTimeline } from "@/lib/timeline/queries";
import { TIMELINE_GROUPS, type TimelineGroup } from "@/lib/timeline/shape";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timeline"))("title") };
}

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ pagina?: string; soort?: string }> };

/** The municipality's history (assigned adviser and admin; anyone else gets 404 from the query). */
export default async function TimelinePage({ params, searchParams }: Props) {
  const { code } = await params;
  const sp = await searchParams;
  const viewer = await requireViewer(`/gemeenten/${code}/tijdlijn`);
  const group = (TIMELINE_GROUPS as readonly string[]).includes(sp.soort ?? "") ? (sp.soort as TimelineGroup) : undefined;
  const data = await found(getTimeline(viewer, code, { page: Number(sp.pagina ?? 1), group }));
  const t = await getTranslations("timeline");
  const href = (p: { page?: number; group?: string }) => {
    const q = new URLSearchParams();
    if (p.group) q.set("soort", p.group);
    if (p.page && p.page > 1) q.set("pagina", String(p.page));
    return `/gemeenten/${code}/tijdlijn${q.size ? `?${q}` : ""}`;
  };
  return (
    <Container className="py-8">
      <h1 className="text-3xl font-semibold">{t("heading", { name: data.municipality.name })}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("lead")}</p>
      <nav aria-label={t("filterLabel")} className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {[undefined, ...TIMELINE_GROUPS].map((g) => (
            <li key={g ?? "all"}>
              <Link href={href({ group: g })} aria-current={g === group ? "page" : undefined}
                className={`inline-block rounded border-2 px-3 py-1 font-semibold no-underline ${g === group ? "border-brand-900 bg-brand-900 text-white hover:text-white" : "border-brand-900 text-brand-900"}`}>
                {g ? t(`groups.${g}`) : t("all")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-4 text-sm text-muted" role="status">{t("count", { total: data.total })}</p>
      <div className="mt-6">
        {data.total === 0 ? <EmptyState text={t("empty")} /> : <TimelineList months={data.months} />}
      </div>
      <Pagination page={data.page} pageCount={data.pageCount} hrefFor={(p) => href({ page: p, group })} />
    </Container>
  );
}
