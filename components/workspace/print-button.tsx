"use client";
import { buttonClass } from "@/components/ui/button-link";

/** Opens the browser's print dialog (the page's print stylesheet makes it one A4 page). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("primary")}>
      {label}
    </button>
  );
}
