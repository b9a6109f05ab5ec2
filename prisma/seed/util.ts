// Small pure helpers for the seed: deterministic ids, a seeded PRNG, slugs and UTC dates.
// Nothing here reads the clock or Math.random, so two runs produce the same data.
import { createHash } from "node:crypto";

/** UUID (v5 layout) derived from a name: the same name always gives the same id. */
export function seedId(...parts: (string | number)[]): string {
  const h = createHash("sha1").update(`gezondin-seed:${parts.join("/")}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** 32-bit hash of a string (FNV-1a), used to seed the PRNG per purpose. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `k` distinct items, in the order of `items`. */
  sample<T>(items: readonly T[], k: number): T[];
  chance(p: number): boolean;
};

/** mulberry32, seeded from a string. */
export function rng(seed: string): Rng {
  let a = hash32(seed);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    sample: (items, k) => {
      const idx = items.map((_, i) => i);
      for (let i = idx.length - 1; i > 0; i--) {
        const j = int(0, i);
        [idx[i], idx[j]] = [idx[j]!, idx[i]!];
      }
      return idx
        .slice(0, Math.max(0, Math.min(k, items.length)))
        .sort((x, y) => x - y)
        .map((i) => items[i]!);
    },
    chance: (p) => next() < p,
  };
}

/** URL slug of a municipality name: "Súdwest-Fryslân" → "sudwest-fryslan", "Bergen (NH.)" → "bergen-nh". */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A calendar date (for @db.Date columns) at UTC midnight. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** A timestamp at a UTC time. */
export function at(iso: string): Date {
  return new Date(iso.endsWith("Z") ? iso : `${iso}Z`);
}

/** Adds whole days to a date. */
export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** The fixed "today" of the demo data (signals such as "stale for 6 months" are relative to it). */
export const REFERENCE_DATE = day("2026-11-25");

/** created_at / updated_at of reference rows, fixed so every seeded database is identical. */
export const REFERENCE_TIMESTAMP = at("2026-01-01T00:00:00.000");
