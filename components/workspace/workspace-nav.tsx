"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type WorkspaceNavItem = { href: string; label: string; exact?: boolean };

/** The workspace's sections as tabs; the current one carries aria-current. Hidden when printing. */
export function WorkspaceNav({ items, label }: { items: WorkspaceNavItem[]; label: string }) {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label={label} className="print:hidden">
      <ul className="flex flex-wrap gap-x-1 border-b-2 border-line">
        {items.map((item) => {
          const active = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href} className="-mb-0.5">
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`block border-b-4 px-4 py-2 font-semibold no-underline hover:bg-brand-50 ${
                  active ? "border-brand-900 text-brand-900" : "border-transparent text-brand-700"
                }`}
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
