"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type AdminNavItem = { href: string; label: string };

/** The sections of /beheer; the current one is marked with aria-current. */
export function AdminNav({ items, label }: { items: AdminNavItem[]; label: string }) {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label={label} className="mb-8 border-b border-line">
      <ul className="flex flex-wrap gap-x-2">
        {items.map((item) => {
          const active = item.href === "/beheer" ? pathname === "/beheer" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`-mb-px block border-b-4 px-3 py-2 font-medium no-underline ${active ? "border-brand-900 text-brand-900" : "border-transparent"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
