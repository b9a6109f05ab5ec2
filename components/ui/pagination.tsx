import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";

/** Page numbers to show: first, last and two either side of the current page; null is a gap. */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= radius) pages.push(p);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}

const item = "inline-flex min-w-11 items-center justify-center rounded border px-3 py-2 no-underline";

/** Accessible pagination: a labelled nav, the current page marked with aria-current. */
export async function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("pagination");
  return (
    <nav aria-label={t("label")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" aria-label={t("previousLabel")} className={`${item} border-line`}>
              <span aria-hidden="true">‹&nbsp;</span>
              {t("previous")}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-label={t("page", { page: p })}
                aria-current={p === page ? "page" : undefined}
                className={`${item} ${p === page ? "border-brand-900 bg-brand-900 font-semibold text-white hover:text-white" : "border-line"}`}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" aria-label={t("nextLabel")} className={`${item} border-line`}>
              {t("next")}
              <span aria-hidden="true">&nbsp;›</span>
            </Link>
          </li>
        ) : null}
      </ul>
      <p className="mt-2 text-sm text-muted">{t("status", { page, pages: pageCount })}</p>
    </nav>
  );
}
