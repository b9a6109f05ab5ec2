// Form styling shared by the admin and sign-in forms: large targets, a visible 2px border, the global focus ring.
export const inputClass =
  "mt-1 block w-full rounded border-2 border-[#6b6b6b] bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
export const labelClass = "block font-semibold";
export const hintClass = "mt-1 text-sm text-muted";
export const errorTextClass = "mt-1 text-sm font-semibold text-red-700";
export const sectionClass = "mt-10 border-t border-line pt-6";
export const tableClass =
  "w-full border-collapse text-left text-sm [&_td]:border-b [&_td]:border-line [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2 " +
  "[&_thead_th]:border-b-2 [&_thead_th]:border-brand-900 [&_tbody_th]:border-b [&_tbody_th]:border-line";
export const dangerButtonClass =
  "inline-flex items-center justify-center rounded border-2 border-red-700 bg-red-700 px-5 py-2.5 font-semibold text-white hover:bg-red-800 cursor-pointer";
