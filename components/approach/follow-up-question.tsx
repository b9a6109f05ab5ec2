"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ChoiceGroup } from "@/components/workspace/fields";

/**
 * A yes/no question with a follow-up list that applies only after "yes" (e.g. monitoring → levels).
 * The follow-up is hidden otherwise; the server drops nothing silently: it refuses an inconsistent save.
 */
export function FollowUpQuestion({
  name,
  legend,
  value,
  listName,
  listLegend,
  options,
  selected,
  errors,
}: {
  name: string;
  legend: string;
  value: boolean | null;
  listName: string;
  listLegend: string;
  options: { value: string; label: string }[];
  selected: string[];
  errors: { lead?: string; list?: string };
}) {
  const t = useTranslations("workspace.form");
  const [answer, setAnswer] = useState(value === null ? "" : value ? "yes" : "no");
  const [chosen, setChosen] = useState<string[]>(selected);
  return (
    <div className="space-y-4">
      <ChoiceGroup
        name={name}
        legend={legend}
        type="radio"
        columns="inline"
        error={errors.lead}
        selected={[answer]}
        options={[
          { value: "yes", label: t("yes") },
          { value: "no", label: t("no") },
          { value: "", label: t("notFilledIn") },
        ]}
        onChange={(v, checked) => {
          if (!checked) return;
          setAnswer(v);
          // Leaving "yes" clears the follow-up, so what is saved stays consistent.
          if (v !== "yes") setChosen([]);
        }}
      />
      {answer === "yes" ? (
        <ChoiceGroup
          name={listName}
          legend={listLegend}
          type="checkbox"
          error={errors.list}
          selected={chosen}
          options={options}
          className="ml-4 border-l-4 border-brand-100 pl-4"
          onChange={(v, checked) => setChosen((c) => (checked ? [...c, v] : c.filter((x) => x !== v)))}
        />
      ) : null}
    </div>
  );
}
