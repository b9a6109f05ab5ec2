import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { AdviceForm } from "@/components/advice/advice-form";
import { Container } from "@/components/ui/container";
import { found } from "@/lib/auth/found";
import { requireViewer } from "@/lib/auth/viewer";
import { getAdviceEntry } from "@/lib/advice/queries";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("advice"))("editTitle") };
}

/** Edit one entry: 404 unless it belongs to this municipality and the viewer wrote it (or is admin). */
export default async function EditAdvicePage({ params }: { params: Promise<{ code: string; id: string }> }) {
  const { code, id } = await params;
  const viewer = await requireViewer(`/gemeenten/${code}/advies/${id}`);
  const e = await found(getAdviceEntry(viewer, code, id));
  const t = await getTranslations("advice");
  const open = e.followUps.filter((f) => !f.doneAt).map((f) => ({ id: f.id, description: f.description, dueDate: f.dueDate }));
  return (
    <Container className="py-8">
      <p><Link href={`/gemeenten/${code}/advies`}>{t("back")}</Link></p>
      <h1 className="mt-2 text-3xl font-semibold">{t("editTitle")}</h1>
      <p className="mt-2 text-muted">{t("editLead")}</p>
      <div className="mt-6 max-w-4xl">
        <AdviceForm code={code} values={{ id: e.id, version: e.version, date: e.date, kind: e.kind, mode: e.mode, trackCodes: e.trackCodes, pillarNumbers: e.pillarNumbers, notes: e.notes, followUps: open }} />
      </div>
    </Container>
  );
}
