// temporary dev helper (not committed)
import { openDatabase, serve } from "../lib/app";
const db = await openDatabase({ folder: "bench-pg", port: 54359, name: process.argv[2] ?? "gezondin_bench_scaled", durable: false });
const child = serve({ url: db.url, port: 3300, demo: true, extraEnv: { NEXTAUTH_URL: "http://127.0.0.1:3300", DB_QUERY_LOG: process.env.QLOG ?? "0" } });
process.on("SIGTERM", () => { child.kill(); process.exit(0); });
