import { getTranslations } from "@/lib/i18n/server";
import type { PreviewQuestionDTO, RoundPreviewDTO } from "@/lib/survey-admin/preview-queries";

// The round as a municipality sees it: sections, numbered questions and their answer controls, shown
// disabled (a preview records nothing).

async function Control({ q }: { q: PreviewQuestionDTO }) {
  const t = await getTranslations("surveyAdmin.preview");
  const name = `preview-${q.key}`;
  if (q.type === "TEXT") return <textarea disabled aria-labelledby={`${name}-label`} rows={3} className="mt-2 block w-full max-w-2xl rounded border-2 border-[#6b6b6b] bg-surface p-2" />;
  const choices = q.type === "BOOLEAN" ? [{ key: "yes", text: t("yes") }, { key: "no", text: t("no") }] : q.options;
  const type = q.type === "MULTI" ? "checkbox" : "radio";
  return (
    <ul className="mt-2 space-y-1">
      {choices.map((o) => (
        <li key={o.key}>
          <label className="inline-flex items-center gap-2 text-ink">
            <input type={type} name={name} disabled className="size-4" />
            {o.text}
          </label>
        </li>
      ))}
    </ul>
  );
}

export async function RoundPreview({ preview }: { preview: RoundPreviewDTO }) {
  const t = await getTranslations("surveyAdmin.preview");
  return (
    <div className="rounded border-2 border-dashed border-brand-700 p-6">
      <p className="mb-6 rounded bg-brand-50 px-3 py-2 text-sm">{t("notice")}</p>
      {preview.sections.map((s) => (
        <section key={s.key} aria-labelledby={`sec-${s.key}`} className="mb-8">
          <h2 id={`sec-${s.key}`} className="text-xl font-semibold">{s.name}</h2>
          {s.questions.map((q) => (
            <fieldset key={q.key} className="mt-5">
              <legend id={`preview-${q.key}-label`} className="font-medium">
                {q.number}. {q.text} {q.required ? <span className="text-sm font-normal text-muted">({t("required")})</span> : null}
              </legend>
              {q.condition ? <p className="text-sm text-muted">{t("conditional", { question: q.condition.text })}</p> : null}
              {q.type === "MULTI" ? <p className="text-sm text-muted">{t("multiHint")}</p> : null}
              <Control q={q} />
            </fieldset>
          ))}
        </section>
      ))}
    </div>
  );
}
