// Stand-ins for Next's request-bound APIs in the dashboards' integration tests: a data cache that honours
// tags the way Next's does (entries kept until a tag they carry is revalidated), and real translations.
import nl from "@/messages/nl.json";
import { createTranslator } from "next-intl";

type Entry = { value: string; tags: string[] };

export function fakeNextCache() {
  const store = new Map<string, Entry>();
  const revalidated: [string, unknown][] = [];
  const calls = { computed: 0 };
  return {
    store,
    revalidated,
    calls,
    module: {
      unstable_cache:
        <A extends unknown[], R>(fn: (...a: A) => Promise<R>, keyParts: string[], opts: { tags?: string[] }) =>
        async (...args: A): Promise<R> => {
          const key = JSON.stringify([keyParts, args]);
          const hit = store.get(key);
          // Like Next, entries are stored as JSON: what comes back is a copy, never the same object.
          if (hit) return JSON.parse(hit.value) as R;
          calls.computed++;
          const value = await fn(...args);
          store.set(key, { value: JSON.stringify(value), tags: opts.tags ?? [] });
          return JSON.parse(JSON.stringify(value)) as R;
        },
      revalidateTag: (tag: string, profile: unknown) => {
        revalidated.push([tag, profile]);
        for (const [k, e] of store) if (e.tags.includes(tag)) store.delete(k);
      },
      revalidatePath: () => {},
      updateTag: () => {},
    },
  };
}

export const nextIntlServer = {
  getLocale: async () => "nl",
  getTranslations: async (namespace?: string) => createTranslator({ locale: "nl", messages: nl, namespace: namespace as never }),
};
