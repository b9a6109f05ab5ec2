import type { ReactNode } from "react";

// Form fields of the workspace: a visible label, an optional hint and the error right below the label,
// all tied to the control with aria-describedby. Errors arrive translated. No hooks: usable in server and
// client components.

export const inputClass =
  "mt-1 block w-full rounded border-2 border-muted bg-white px-3 py-2 text-ink aria-[invalid=true]:border-red-700";

const ids = (name: string) => ({ id: `f-${name.replace(/[^\w-]/g, "-")}`, hint: `h-${name.replace(/[^\w-]/g, "-")}`, err: `e-${name.replace(/[^\w-]/g, "-")}` });

export function fieldIds(name: string) {
  return ids(name);
}

export function describedBy(name: string, hint?: ReactNode, error?: string): string | undefined {
  const i = ids(name);
  return [hint ? i.hint : null, error ? i.err : null].filter(Boolean).join(" ") || undefined;
}

export function FieldError({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={ids(name).err} className="mt-1 font-semibold text-red-800">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}

export function Hint({ name, children }: { name: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={ids(name).hint} className="mt-1 text-sm text-muted">
      {children}
    </p>
  );
}

type Base = { name: string; label: string; hint?: ReactNode; error?: string; required?: boolean; className?: string };

function Label({ name, label, required, requiredText }: { name: string; label: string; required?: boolean; requiredText?: string }) {
  return (
    <label htmlFor={ids(name).id} className="font-semibold">
      {label}
      {required ? <span className="ml-1 font-normal text-muted">({requiredText ?? "verplicht"})</span> : null}
    </label>
  );
}

export function TextField({
  name,
  label,
  hint,
  error,
  required,
  requiredText,
  className = "",
  ...input
}: Base & { requiredText?: string } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">) {
  return (
    <div className={className}>
      <Label name={name} label={label} required={required} requiredText={requiredText} />
      <Hint name={name}>{hint}</Hint>
      <FieldError name={name} error={error} />
      <input
        id={ids(name).id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        aria-required={required || undefined}
        className={inputClass}
        {...input}
      />
    </div>
  );
}

export function TextArea({ name, label, hint, error, className = "", ...rest }: Base & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  return (
    <div className={className}>
      <Label name={name} label={label} />
      <Hint name={name}>{hint}</Hint>
      <FieldError name={name} error={error} />
      <textarea
        id={ids(name).id}
        name={name}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={inputClass}
        {...rest}
      />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  required,
  requiredText,
  options,
  className = "",
  ...rest
}: Base & { requiredText?: string; options: { value: string; label: string }[] } & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name">) {
  return (
    <div className={className}>
      <Label name={name} label={label} required={required} requiredText={requiredText} />
      <Hint name={name}>{hint}</Hint>
      <FieldError name={name} error={error} />
      <select
        id={ids(name).id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={inputClass}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of checkboxes or radios in a fieldset with a legend (the group's question). */
export function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  type,
  options,
  selected,
  columns = 2,
  className = "",
  onChange,
  required,
  requiredText,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  type: "checkbox" | "radio";
  options: { value: string; label: string }[];
  selected: readonly string[];
  /** Grid columns, or "inline" for a short row of choices (yes / no). */
  columns?: 1 | 2 | 3 | "inline";
  className?: string;
  onChange?: (value: string, checked: boolean) => void;
  /** At least one choice is needed (shown in the legend; the server checks it). */
  required?: boolean;
  requiredText?: string;
}) {
  const inputName = type === "checkbox" ? `${name}[]` : name;
  const grid = columns === "inline" ? "sm:flex sm:flex-wrap sm:gap-x-8" : columns === 1 ? "" : columns === 2 ? "sm:grid-cols-2" : "sm:grid-cols-3";
  return (
    <fieldset className={className} aria-describedby={describedBy(name, hint, error)}>
      <legend className="font-semibold">
        {legend}
        {required ? <span className="ml-1 font-normal text-muted">({requiredText ?? "verplicht"})</span> : null}
      </legend>
      <Hint name={name}>{hint}</Hint>
      <FieldError name={name} error={error} />
      <div className={`mt-2 grid gap-x-6 gap-y-1 ${grid}`}>
        {options.map((o) => {
          const id = `${ids(name).id}-${o.value}`;
          return (
            <div key={o.value} className="flex items-start gap-2 py-1">
              <input
                id={id}
                type={type}
                name={inputName}
                value={o.value}
                defaultChecked={selected.includes(o.value)}
                onChange={onChange ? (e) => onChange(o.value, e.currentTarget.checked) : undefined}
                className="mt-1 size-5 shrink-0 accent-brand-700"
              />
              <label htmlFor={id}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
