// next/cache outside Next (Vitest runs lib/ code directly, where `'use cache'` is only a string): the
// cache scope's calls do nothing, and every invalidation is recorded so tests can assert which tags a write
// expired. Test files that need spies of their own still `vi.mock("next/cache")`.
export const invalidated: { kind: "updateTag" | "revalidateTag" | "revalidatePath"; target: string }[] = [];

export function cacheTag(..._tags: string[]): void {}
export function cacheLife(_profile: unknown): void {}
export function updateTag(tag: string): void {
  invalidated.push({ kind: "updateTag", target: tag });
}
export function revalidateTag(tag: string, _profile?: unknown): void {
  invalidated.push({ kind: "revalidateTag", target: tag });
}
export function revalidatePath(path: string, _type?: string): void {
  invalidated.push({ kind: "revalidatePath", target: path });
}
export function refresh(): void {}
