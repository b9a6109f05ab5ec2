// A bounded per-process memory of values read from the database, each valid while the version it was read
// at is still current (versions from lib/cache/bus.ts, which change when a database trigger announces a
// change). Pure: no I/O; unit-tested.

export class KeptWhileUnchanged<V> {
  private readonly entries = new Map<string, { version: string; value: V }>();

  constructor(private readonly maxEntries = 5000) {}

  /** The value kept for `key` when it was read at `version`; undefined otherwise. */
  get(key: string, version: string): V | undefined {
    const e = this.entries.get(key);
    return e && e.version === version ? e.value : undefined;
  }

  /** Keeps `value` as read at `version`; the entry used longest ago goes when the memory is full. */
  set(key: string, version: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
