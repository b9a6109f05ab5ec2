// `npm run demo`: embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo data when the
// database is empty, a production build, and the server on http://localhost:3000 (PORT overrides).
import { build, openDatabase, prepareDatabase, serve } from "./lib/app";

const port = Number(process.env.PORT ?? 3000);
const database = await openDatabase({ folder: "pg", port: Number(process.env.PG_PORT ?? 54329), name: "gezondin" });
await prepareDatabase(database.url, { seed: "if-empty" });
if (!process.argv.includes("--no-build")) build();

const server = serve({ url: database.url, port, demo: true });
console.log(`
  GezondIn portaal (demo) → http://localhost:${port}

  Demo accounts (password for all: gezondin-demo)
    admin@gezondin.example            programme staff (beheer)
    vws@gezondin.example              ministry of VWS (landelijk)
    adviseur1@gezondin.example … adviseur8@gezondin.example   programme advisers
    helmond@gezondin.example, emmen@gezondin.example, sudwest-fryslan@gezondin.example …
                                      civil servants: <municipality>@gezondin.example

  Ctrl-C stops the server and the database.
`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await database.stop().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
server.on("exit", async (code) => {
  if (!stopping) {
    await database.stop().catch(() => {});
    process.exit(code ?? 1);
  }
});
