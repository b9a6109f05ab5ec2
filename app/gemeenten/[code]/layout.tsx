import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { WorkspaceHeader } from "@/components/workspace/workspace-header";
import { requireViewer } from "@/lib/auth/viewer";
import { getWorkspace } from "@/lib/workspace/queries";


/**
 * The municipality workspace. This check only shapes the page: every query and action below checks the
 * viewer's scope again itself (a layout check does not protect server actions or route handlers).
 */
export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ code: string }> }) {
  const { code } = await params;
  const viewer = await requireViewer(`/gemeenten/${code}`);
  const ws = await getWorkspace(viewer, code);
  if (!ws) notFound();
  return (
    <>
      <WorkspaceHeader ws={ws} />
      {children}
    </>
  );
}
