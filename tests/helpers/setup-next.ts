// Every Vitest file: Next's `connection()` marks request-time work for prerendering and needs Next's request
// scope, which lib/ code run directly has not. Everything else in next/server stays real (NextRequest…).
import { vi } from "vitest";

vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), connection: async () => {} }));
