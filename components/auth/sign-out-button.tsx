"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useTranslations } from "next-intl";

/** Ends the session (next-auth's sign-out, with its CSRF token) and returns to the sign-in page. */
export function SignOutButton({ className = "" }: { className?: string }) {
  const t = useTranslations("auth");
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/login?signedOut=1" });
      }}
      className={`cursor-pointer rounded px-2 py-1 font-medium underline underline-offset-2 ${className}`}
    >
      {t("signOut")}
    </button>
  );
}
