"use client";
import { useEffect } from "react";

// Keeps an active user's session alive. Pages are rendered on the server, which cannot rewrite the session
// cookie; next-auth's session endpoint can. So while the user works (clicks, types, returns to the tab) the
// browser calls it now and then, which moves the idle deadline. An idle user's session simply runs out.

let lastPing = 0; // module scope: survives client-side navigation between pages

async function ping(intervalMs: number): Promise<void> {
  const now = Date.now();
  if (now - lastPing < intervalMs) return;
  lastPing = now;
  try {
    const res = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
    const session = (await res.json()) as { user?: unknown } | null;
    if (!session?.user) {
      // The session ended (idle, expired, deactivated): say so on the sign-in page and come back here afterwards.
      const back = `${window.location.pathname}${window.location.search}`;
      // A full page load (not router.push): every server component must render without the old session.
      const login = new URL("/login", window.location.origin);
      login.searchParams.set("error", "SessionRequired");
      login.searchParams.set("callbackUrl", back);
      window.location.assign(login.href);
    }
  } catch {
    lastPing = 0; // offline: try again on the next activity
  }
}

export function SessionActivity({ intervalMs }: { intervalMs: number }) {
  useEffect(() => {
    const onActivity = () => void ping(intervalMs);
    const onVisible = () => document.visibilityState === "visible" && onActivity();
    onActivity();
    window.addEventListener("pointerdown", onActivity, { passive: true });
    window.addEventListener("keydown", onActivity);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener("pointerdown", onActivity);
      window.removeEventListener("keydown", onActivity);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [intervalMs]);
  return null;
}
