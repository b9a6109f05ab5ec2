import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

// The messages this section's client forms need (lib/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages section="approach">{children}</ClientMessages>;
}
