import type { ReactNode } from "react";

// A GET form whose fields become the URL's query (shareable, works without JavaScript).

export const selectClass = "mt-1 block w-full min-w-48 rounded border-2 border-[#6b6b6b] bg-white px-3 py-2 text-base";

export function FilterForm({ action, hidden, submit, label, children }: { action: string; hidden: Record<string, string | number>; submit: string; label: string; children: ReactNode }) {
  return (
    <form method="get" action={action} aria-label={label} className="mb-6 flex flex-wrap items-end gap-4 rounded bg-surface p-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button type="submit" className="rounded border-2 border-brand-700 bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-900">
        {submit}
      </button>
    </form>
  );
}

export function SelectField({ id, name, label, value, options }: { id: string; name: string; label: string; value: string; options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={selectClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
