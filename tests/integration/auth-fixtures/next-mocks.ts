// Shared state for the Next.js request APIs the tests replace (see each test file's vi.mock calls): the
// request headers (origin, host, address) and the cookie store.
export type RequestState = { headers: Headers; cookies: Map<string, string> };

export const SITE = "http://127.0.0.1:3100";

export function sameSiteHeaders(address = "198.51.100.20"): Headers {
  return new Headers({ host: "127.0.0.1:3100", origin: SITE, "x-forwarded-proto": "http", "x-forwarded-for": address });
}

export function cookieStore(state: RequestState) {
  return {
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined),
    getAll: () => [...state.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => state.cookies.has(name),
    set: (name: string, value: string) => void state.cookies.set(name, value),
    delete: (name: string) => void state.cookies.delete(name),
  };
}
