"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string };

function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** The main navigation links; the current section is marked with aria-current. Labels come translated. */
export function MainNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label={label} className="on-dark bg-brand-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-stretch justify-between gap-x-6 px-4 sm:px-6">
        <ul className="flex flex-wrap">
          {items.map((item) => {
            const active = isActive(pathname, item.href);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  className={`block border-b-4 px-4 py-3 font-medium text-white no-underline hover:bg-brand-950 hover:text-white focus-visible:-outline-offset-4 ${
                    active ? "border-white" : "border-transparent"
                  }`}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
        {/* Room for "Inloggen" once authentication lands. */}
      </div>
    </nav>
  );
}
