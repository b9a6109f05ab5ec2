import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Several instances (README "Several instances", docs/decisions/048-cache-handlers-redis.md): with REDIS_URL,
// 'use cache' entries, the route cache and tag expirations live in Redis, shared by every instance. Without
// it Next's in-memory caches serve a single instance. `next start` evaluates this file again, so REDIS_URL
// at start decides. (Read here directly: lib/env.ts is the app's; this file runs before it.)
const handler = (file) => fileURLToPath(new URL(`./lib/cache/${file}`, import.meta.url));
const sharedCache = process.env.REDIS_URL
  ? {
      cacheHandlers: { default: handler("use-cache-handler.mjs"), remote: handler("use-cache-handler.mjs") },
      cacheHandler: handler("route-cache-handler.mjs"),
    }
  : {};

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Links prefetch the prerendered shell only (the default of the next major, with cacheComponents).
  partialPrefetching: true,
  // Several builds can coexist (e.g. parallel work in one checkout): NEXT_DIST_DIR picks the folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // One cache model, the framework's own (docs/decisions/050-one-cache-model.md): 'use cache' + cacheTag for
  // what is the same for everybody; the rest renders per request behind <Suspense>.
  cacheComponents: true,
  typedRoutes: false,
  ...sharedCache,
  // Server-only packages that must not be bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "exceljs", "redis", "pg-boss", "nodemailer"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
