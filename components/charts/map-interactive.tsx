"use client";

import { useRef, useState, type KeyboardEvent, type ReactNode, type SyntheticEvent } from "react";

// The map's only client code: hover and focus show a tooltip with name and value and outline the shape;
// arrow keys move focus to the nearest municipality in that direction (neighbours computed on the server).
// The tooltip is hidden from screen readers: the focused shape's own aria-label already says the same.

type Neighbours = Record<string, { up: string | null; down: string | null; left: string | null; right: string | null }>;
type Active = { code: string; name: string; value: string; d: string; x: number; y: number };

const KEYS: Record<string, keyof Neighbours[string]> = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right" };

export function MapInteractive({ neighbours, viewBox, instructions, children }: { neighbours: Neighbours; viewBox: string; instructions: string; children: ReactNode }) {
  const host = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Active | null>(null);

  function show(e: SyntheticEvent) {
    const el = e.target as Element;
    if (!(el instanceof SVGPathElement) || !el.dataset.code || !host.current) return;
    const box = el.getBoundingClientRect();
    const frame = host.current.getBoundingClientRect();
    setActive({
      code: el.dataset.code,
      name: el.dataset.name ?? "",
      value: el.dataset.value ?? "",
      d: el.getAttribute("d") ?? "",
      x: box.left + box.width / 2 - frame.left,
      y: box.top - frame.top,
    });
  }

  function move(e: KeyboardEvent) {
    const el = e.target as Element;
    if (e.key === "Escape") return setActive(null);
    const dir = KEYS[e.key];
    const code = el instanceof SVGPathElement ? el.dataset.code : undefined;
    if (!dir || !code) return;
    e.preventDefault();
    const next = neighbours[code]?.[dir];
    const target = next ? document.getElementById(`m-${next}`) : null;
    if (!target) return;
    el.setAttribute("tabindex", "-1");
    target.setAttribute("tabindex", "0");
    target.focus();
  }

  return (
    <div ref={host} className="relative" onMouseOver={show} onFocus={show} onClick={show} onKeyDown={move} onMouseLeave={() => setActive(null)} onBlur={() => setActive(null)}>
      <p className="mb-2 text-sm text-muted">{instructions}</p>
      {children}
      {active ? (
        <>
          <svg viewBox={viewBox} className="pointer-events-none absolute inset-x-0 bottom-0 h-auto w-full" aria-hidden="true" style={{ top: "auto" }}>
            <path d={active.d} fill="none" stroke="#ffffff" strokeWidth="22" strokeLinejoin="round" />
            <path d={active.d} fill="none" stroke="#0c2a4a" strokeWidth="12" strokeLinejoin="round" />
          </svg>
          <div
            aria-hidden="true"
            className="pointer-events-none absolute z-10 max-w-64 -translate-x-1/2 -translate-y-full rounded border border-brand-900 bg-white px-3 py-2 text-sm shadow-md"
            style={{ left: active.x, top: active.y - 6 }}
          >
            <span className="block font-semibold">{active.name}</span>
            <span className="block">{active.value}</span>
          </div>
        </>
      ) : null}
    </div>
  );
}
