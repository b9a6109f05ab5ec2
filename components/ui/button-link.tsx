import Link from "next/link";
import type { ReactNode } from "react";

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-900 hover:text-white border-brand-700 hover:border-brand-900",
  secondary: "bg-white text-brand-900 hover:bg-brand-50 hover:text-brand-900 border-brand-900",
} as const;

export const buttonClass = (variant: keyof typeof VARIANTS = "primary") =>
  `inline-flex items-center justify-center rounded border-2 px-5 py-2.5 font-semibold no-underline cursor-pointer ${VARIANTS[variant]}`;

/** A link that looks like a button (navigation, not an action). */
export function ButtonLink({
  href,
  children,
  variant = "primary",
}: {
  href: string;
  children: ReactNode;
  variant?: keyof typeof VARIANTS;
}) {
  return (
    <Link href={href} className={buttonClass(variant)}>
      {children}
    </Link>
  );
}
